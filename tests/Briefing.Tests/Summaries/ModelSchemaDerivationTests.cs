using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Models;

namespace Briefing.Tests.Summaries;

/// <summary>
/// The response-format schemas are derived from the output records. The literals below are the schemas that were
/// written by hand before: the derived ones must say exactly the same, and each must name exactly the record's members.
/// </summary>
public sealed class ModelSchemaDerivationTests
{
    private const string Item = """
        {"type":"object","properties":{"text":{"type":"string"},"quote":{"type":"string"},"paragraph":{"type":"integer"}},"required":["text","quote","paragraph"],"additionalProperties":false}
        """;

    public static TheoryData<string, string> HandWritten => new()
    {
        { "argument_summary", """{"type":"object","properties":{"thesis":""" + Item + ""","points":{"type":"array","items":""" + Item + """},"counterpoints":{"type":"array","items":""" + Item + """}},"required":["thesis","points","counterpoints"],"additionalProperties":false}""" },
        { "digest_line", """{"type":"object","properties":{"line":{"type":"string"}},"required":["line"],"additionalProperties":false}""" },
        { "grounded_answer", """{"type":"object","properties":{"answer":{"type":"string"},"answered":{"type":"boolean"},"citations":{"type":"array","items":{"type":"object","properties":{"article":{"type":"integer"},"paragraph":{"type":"integer"},"quote":{"type":"string"}},"required":["article","paragraph","quote"],"additionalProperties":false}}},"required":["answer","answered","citations"],"additionalProperties":false}""" },
    };

    [Theory]
    [MemberData(nameof(HandWritten))]
    public void The_derived_schema_says_what_the_hand_written_one_said(string name, string handWritten)
    {
        var derived = Schemas().Single(schema => schema.Name == name);

        var expected = JsonNode.Parse(handWritten);
        var actual = JsonNode.Parse(derived.Schema.GetRawText());
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}:\nexpected {expected!.ToJsonString()}\nactual   {actual!.ToJsonString()}");
    }

    [Theory]
    [InlineData(typeof(ModelSummaryOutput), "argument_summary")]
    [InlineData(typeof(ModelDigestLineOutput), "digest_line")]
    [InlineData(typeof(ModelAnswerOutput), "grounded_answer")]
    public void Every_member_of_the_record_is_required_and_nothing_else_is_allowed(Type record, string name)
    {
        var schema = Schemas().Single(s => s.Name == name).Schema;

        var members = record.GetConstructors().Single().GetParameters().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)).ToList();
        Assert.Equal(members, schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(members, schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void A_reply_with_a_member_the_record_lacks_is_refused_by_the_reader_as_well()
    {
        Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<ModelDigestLineOutput>("""{"line":"One sentence.","confidence":0.9}""", ModelSchema.SerializerOptions));
    }

    private static ModelSchema[] Schemas() => [ModelSchema.Summary, ModelSchema.DigestLine, ModelSchema.Answer];
}
