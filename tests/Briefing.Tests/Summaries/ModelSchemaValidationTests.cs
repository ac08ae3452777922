using Briefing.Models;
using Briefing.Summaries;

namespace Briefing.Tests.Summaries;

/// <summary>Replies are checked against the very schema sent as the response format before they are read.</summary>
public sealed class ModelSchemaValidationTests
{
    private const string Thesis = "The night ferry is not a luxury but the backbone of the city's night economy";

    [Theory]
    // The thesis is a string, not an item.
    [InlineData("""{"thesis": "not an object", "points": [], "counterpoints": []}""")]
    // No thesis at all.
    [InlineData("""{"points": [], "counterpoints": []}""")]
    // A member the schema does not allow (additionalProperties: false), even though a typed reader would skip it.
    [InlineData("""{"thesis": {"text": "t", "quote": "THESIS", "paragraph": 7}, "points": [], "counterpoints": [], "confidence": 0.9}""")]
    // A paragraph number written as text.
    [InlineData("""{"thesis": {"text": "t", "quote": "THESIS", "paragraph": "7"}, "points": [], "counterpoints": []}""")]
    // A paragraph number that is not an integer.
    [InlineData("""{"thesis": {"text": "t", "quote": "THESIS", "paragraph": 6.5}, "points": [], "counterpoints": []}""")]
    // An item without its quote.
    [InlineData("""{"thesis": {"text": "t", "quote": "THESIS", "paragraph": 7}, "points": [{"text": "p", "paragraph": 3}], "counterpoints": []}""")]
    public async Task A_reply_off_the_schema_is_a_model_failure(string content)
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Content(content.Replace("THESIS", Thesis, StringComparison.Ordinal)));
        await using var provider = ModelTestHost.Build(server);

        var failure = await Assert.ThrowsAsync<ModelCallException>(() =>
            provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None));

        Assert.Equal("the model's JSON did not match the required schema", failure.Message);
    }

    [Fact]
    public async Task A_reply_on_the_schema_is_accepted()
    {
        var content = $$"""{"thesis": {"text": "Keep the ferry.", "quote": "{{Thesis}}", "paragraph": 7}, "points": [], "counterpoints": []}""";
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Content(content));
        await using var provider = ModelTestHost.Build(server);

        var summary = await provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(Thesis, summary.Thesis.Quote);
        Assert.Equal(7, summary.Thesis.Paragraph);
    }

    [Fact]
    public void The_violation_names_where_the_reply_went_wrong()
    {
        using var reply = System.Text.Json.JsonDocument.Parse("""{"thesis": {"text": "t", "quote": "q", "paragraph": "7"}, "points": [], "counterpoints": []}""");

        var violation = ModelSchema.Summary.FindViolation(reply.RootElement);

        Assert.NotNull(violation);
        Assert.Contains("/thesis/paragraph", violation, StringComparison.Ordinal);
        using var valid = System.Text.Json.JsonDocument.Parse("""{"thesis": {"text": "t", "quote": "q", "paragraph": 7}, "points": [], "counterpoints": []}""");
        Assert.Null(ModelSchema.Summary.FindViolation(valid.RootElement));
    }
}
