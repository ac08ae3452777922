using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Summaries.Model;

/// <summary>A JSON schema sent as the response format, and the strict serializer options its replies are read with.</summary>
internal sealed record ModelSchema(string Name, string Description, JsonElement Schema)
{
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
