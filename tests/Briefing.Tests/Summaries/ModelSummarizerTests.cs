using System.Text.Json;
using Briefing.Models;
using Briefing.Summaries;

namespace Briefing.Tests.Summaries;

public sealed class ModelSummarizerTests
{
    [Fact]
    public async Task Request_names_the_model_sends_the_schema_and_quotes_the_article_as_numbered_data()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(ModelTestHost.FerrySummary()));
        await using var provider = ModelTestHost.Build(server);

        await provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal(ModelTestHost.ModelName, request.Model);
        var format = request.BodyElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var schema = format.GetProperty("json_schema");
        Assert.Equal("argument_summary", schema.GetProperty("name").GetString());
        Assert.True(schema.GetProperty("strict").GetBoolean());
        Assert.Equal(["thesis", "points", "counterpoints"], schema.GetProperty("schema").GetProperty("required").EnumerateArray().Select(e => e.GetString()));

        var system = request.Message("system");
        var user = request.Message("user");
        Assert.DoesNotContain("Alder Point", system, StringComparison.Ordinal);
        Assert.Contains("untrusted", system, StringComparison.Ordinal);
        var block = Between(user, "<article_data>", "</article_data>");
        Assert.Contains("[¶3] But the passengers who ride at night", block, StringComparison.Ordinal);
        Assert.Contains("[¶7] The night ferry is not a luxury", block, StringComparison.Ordinal);
        Assert.Equal(7, block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("at most 4 points", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structured_output_becomes_a_summary_with_verified_quotes()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(ModelTestHost.FerrySummary()));
        await using var provider = ModelTestHost.Build(server);

        var summary = await provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal("model:" + ModelTestHost.ModelName, summary.Engine);
        Assert.Null(summary.FallbackReason);
        Assert.Equal(7, summary.Thesis.Paragraph);
        Assert.Equal("The night ferry is not a luxury but the backbone of the city's night economy", summary.Thesis.Quote);
        Assert.Equal([3, 4, 6], summary.Points.Select(point => point.Paragraph));
        Assert.Equal(5, Assert.Single(summary.Counterpoints).Paragraph);
        Assert.Equal(new ArticleReference(7, "Keep the night ferry running", "https://news.example.org/7", "Mara Lindqvist", TestArticles.Fetched.AddDays(-1), "Example Review"), summary.Article);
        foreach (var item in summary.Points.Append(summary.Thesis).Concat(summary.Counterpoints))
        {
            Assert.Contains(item.Quote, TestArticles.Ferry.Paragraphs[item.Paragraph - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hallucinated_quotes_are_reanchored_to_a_real_sentence_or_dropped()
    {
        var reply = new
        {
            thesis = ModelTestHost.Item("Keep the ferry.", "The night ferry is not a luxury but the backbone of the city's night economy", 7),
            points = new[]
            {
                // Paraphrased, with the wrong paragraph: close enough to one real sentence of ¶4.
                ModelTestHost.Item("Nurses may quit.", "Nurses told the council that they would look for work elsewhere", 2),
                // Invented: no sentence of the article is close.
                ModelTestHost.Item("Tourists love it.", "Tourists consider the ferry ride the best view of the skyline", 1),
                // Verbatim but with different whitespace and curly quotes: kept as it stands in the article.
                ModelTestHost.Item("It costs 1.2 million.", "The service   costs the city\nabout 1.2 million a year", 1),
            },
            counterpoints = Array.Empty<object>(),
        };
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(reply));
        await using var provider = ModelTestHost.Build(server);

        var summary = await provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(2, summary.Points.Count);
        Assert.Equal(new SummaryItem("Nurses may quit.", "Nurses have told the council they would look for work elsewhere.", 4), summary.Points[0]);
        Assert.Equal(new SummaryItem("It costs 1.2 million.", "The service costs the city about 1.2 million a year", 1), summary.Points[1]);
        Assert.DoesNotContain(summary.Points, point => point.Quote.Contains("Tourists", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Here is the summary: the ferry matters.")]
    [InlineData("{\"thesis\": {\"text\": \"cut off")]
    public async Task Output_that_is_not_json_is_a_model_failure(string content)
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Content(content));
        await using var provider = ModelTestHost.Build(server);

        var failure = await Assert.ThrowsAsync<ModelCallException>(() =>
            provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None));

        Assert.Equal("the model did not return the required JSON", failure.Message);
    }

    [Fact]
    public async Task A_thesis_whose_quote_is_nowhere_in_the_article_is_a_model_failure()
    {
        var reply = new
        {
            thesis = ModelTestHost.Item("Ferries are obsolete.", "All ferries everywhere should be replaced by bridges at once", 2),
            points = Array.Empty<object>(),
            counterpoints = Array.Empty<object>(),
        };
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(reply));
        await using var provider = ModelTestHost.Build(server);

        await Assert.ThrowsAsync<ModelCallException>(() =>
            provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None));
    }

    [Fact]
    public async Task Refusal_server_error_and_truncation_are_model_failures()
    {
        foreach (var (reply, expected) in new[]
        {
            (FakeReply.Refusal("I can't help with that."), "the model refused to answer"),
            (FakeReply.Error(500), "the model call failed (HTTP 500)"),
            (FakeReply.Content("{\"thesis\":{\"text\":\"cut", "length"), "the model's answer was cut off at the output limit"),
        })
        {
            await using var server = await FakeOpenAIServer.StartAsync(reply);
            await using var provider = ModelTestHost.Build(server);

            var failure = await Assert.ThrowsAsync<ModelCallException>(() =>
                provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None));

            Assert.Equal(expected, failure.Message);
        }
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_is_a_model_failure()
    {
        var time = new FakeTimeProvider(TestArticles.Fetched);
        await using var server = await FakeOpenAIServer.StartAsync(async (_, context) =>
        {
            var never = new TaskCompletionSource<FakeReply>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var registration = context.RequestAborted.Register(() => never.TrySetCanceled());
            return await never.Task;
        });
        await using var provider = ModelTestHost.Build(server, time);

        var summarizing = provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);
        await server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(31));

        var failure = await Assert.ThrowsAsync<ModelCallException>(() => summarizing);
        Assert.Equal("the model did not answer within 30 s", failure.Message);
    }

    internal static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.LastIndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"'{start}' ... '{end}' not found in the user message");
        return text[(from + start.Length)..to];
    }
}
