using System.Text.Json;
using System.Text.Json.Serialization;
using Json.Schema;

namespace Briefing.Models;

/// <summary>
/// A JSON schema sent as the response format, the validator its replies are checked with (the same schema, so
/// what the server was asked to produce is exactly what is accepted), and the strict serializer options the
/// validated reply is then read with.
/// </summary>
internal sealed record ModelSchema(string Name, string Description, JsonElement Schema)
{
    // Built once per schema; each gets its own base URI because built schemas are registered globally by URI.
    private readonly Lazy<JsonSchema> validator = new(() =>
        JsonSchema.Build(Schema, baseUri: new Uri($"https://briefing.invalid/schemas/{Name}")));

    /// <summary>Null when <paramref name="reply"/> conforms; otherwise the first violation, for the log.</summary>
    public string? FindViolation(JsonElement reply)
    {
        var results = validator.Value.Evaluate(reply, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return null;
        var failure = results.Details?.FirstOrDefault(detail => detail.Errors is { Count: > 0 }) ?? results;
        var message = failure.Errors?.Values.FirstOrDefault() ?? "does not match the schema";
        return $"{failure.InstanceLocation}: {message}";
    }

    /// <summary>Missing required members, nulls in non-nullable members and wrong types are all rejected.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private const string ItemSchema = """
        {"type":"object","properties":{"text":{"type":"string"},"quote":{"type":"string"},"paragraph":{"type":"integer"}},"required":["text","quote","paragraph"],"additionalProperties":false}
        """;

    public static readonly ModelSchema Summary = new(
        "argument_summary",
        "Thesis, supporting points and counterpoints, each with a verbatim quote and its paragraph number.",
        JsonDocument.Parse(
            """{"type":"object","properties":{"thesis":""" + ItemSchema
            + ""","points":{"type":"array","items":""" + ItemSchema
            + """},"counterpoints":{"type":"array","items":""" + ItemSchema
            + """}},"required":["thesis","points","counterpoints"],"additionalProperties":false}""").RootElement.Clone());

    public static readonly ModelSchema DigestLine = new(
        "digest_line",
        "The article's thesis as one plain sentence.",
        JsonDocument.Parse("""
            {"type":"object","properties":{"line":{"type":"string"}},"required":["line"],"additionalProperties":false}
            """).RootElement.Clone());

    public static readonly ModelSchema Answer = new(
        "grounded_answer",
        "An answer from the given paragraphs only, with verbatim citations, or answered=false.",
        JsonDocument.Parse("""
            {"type":"object","properties":{"answer":{"type":"string"},"answered":{"type":"boolean"},"citations":{"type":"array","items":{"type":"object","properties":{"article":{"type":"integer"},"paragraph":{"type":"integer"},"quote":{"type":"string"}},"required":["article","paragraph","quote"],"additionalProperties":false}}},"required":["answer","answered","citations"],"additionalProperties":false}
            """).RootElement.Clone());
}
