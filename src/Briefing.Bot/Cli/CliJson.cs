using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Bot.Cli;

/// <summary>JSON settings of CLI output: compact, and quotes and non-ASCII text left readable.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
