using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Bot.Cli;

/// <summary>Source-generated serialization of the CLI's JSON output: camelCase, compact, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SummaryJsonDocument))]
[JsonSerializable(typeof(SummaryJsonError))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Quotes and non-ASCII text left readable, as <see cref="CliJson.Options"/> writes them.</summary>
    public static CliJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
