using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Models;
using Briefing.Summaries;

namespace Briefing.Tests.Summaries;

/// <summary>Articles over the token budget are summarized per chunk, then once more over the chunks' verified quotes.</summary>
public sealed partial class MapReduceTests
{
    private const int Budget = 500;

    private static readonly Briefing.Articles.Article LongReport = TestArticles.Make(21, "A year of the harbour budget", "hash-report",
        [.. Enumerable.Range(1, 12).Select(Paragraph)]);

    [Fact]
    public void Chunks_respect_the_token_budget_and_keep_paragraph_numbers()
    {
        var paragraphs = LongReport.Paragraphs.Select((text, index) => new NumberedParagraph(index + 1, text)).ToList();

        var chunks = ArticleChunker.Chunk(paragraphs, Budget);

        Assert.True(chunks.Count >= 3, $"expected several chunks, got {chunks.Count}");
        Assert.All(chunks, chunk => Assert.True(chunk.Sum(p => ArticleChunker.CountTokens(p.Text) + 4) <= Budget));
        Assert.Equal(Enumerable.Range(1, 12), chunks.SelectMany(chunk => chunk).Select(p => p.Number));
    }

    [Fact]
    public void A_paragraph_longer_than_the_budget_is_cut_into_pieces_that_share_its_number()
    {
        var huge = string.Join(' ', Enumerable.Range(1, 8).Select(Paragraph));

        var pieces = ArticleChunker.Chunk([new NumberedParagraph(5, huge)], Budget).SelectMany(chunk => chunk).ToList();

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, piece => Assert.Equal(5, piece.Number));
        Assert.All(pieces, piece => Assert.True(ArticleChunker.CountTokens(piece.Text) <= Budget));
        Assert.Equal(Regex.Replace(huge, @"\s+", ""), string.Concat(pieces.Select(p => Regex.Replace(p.Text, @"\s+", ""))));
    }

    [Fact]
    public async Task A_long_article_is_mapped_per_chunk_and_reduced_over_verified_excerpts()
    {
        await using var server = await FakeOpenAIServer.StartAsync((request, _) => Task.FromResult(SummaryOfBlock(request)));
        await using var provider = ModelTestHost.Build(server, settings: new Dictionary<string, string?> { ["OpenAI:MaxInputTokens"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var summarizing = provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(LongReport, SummaryLength.Standard, CancellationToken.None);
        await Task.WhenAny(summarizing);
        Assert.Null(server.HandlerFailure);
        var summary = await summarizing;

        var chunkCount = ArticleChunker.Chunk([.. LongReport.Paragraphs.Select((t, i) => new NumberedParagraph(i + 1, t))], Budget).Count;
        Assert.Equal(chunkCount + 1, server.Requests.Count);
        var reduce = ModelSummarizerTests.Between(server.Requests[^1].Message("user"), "<article_data>", "</article_data>");
        // The reduce step sees only excerpts, under their real paragraph numbers, from every chunk.
        Assert.Contains("[¶12]", reduce, StringComparison.Ordinal);
        Assert.Contains("[¶1]", reduce, StringComparison.Ordinal);
        Assert.True(ArticleChunker.CountTokens(reduce) < Budget);
        Assert.Equal(12, summary.Thesis.Paragraph);
        Assert.All(summary.Points.Append(summary.Thesis), item =>
            Assert.Contains(item.Quote, LongReport.Paragraphs[item.Paragraph - 1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_chunk_is_reported_as_a_part_before_its_call_and_the_reduce_step_adds_none()
    {
        await using var server = await FakeOpenAIServer.StartAsync((request, _) => Task.FromResult(SummaryOfBlock(request)));
        await using var provider = ModelTestHost.Build(server, settings: new Dictionary<string, string?> { ["OpenAI:MaxInputTokens"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var reported = new List<(SummaryProgress Step, int CallsBefore)>();
        var progress = new SynchronousProgress(step => reported.Add((step, server.Requests.Count)));

        await provider.GetRequiredService<ModelSummarizer>().SummarizeAsync(LongReport, SummaryLength.Standard, progress, CancellationToken.None);

        var chunkCount = ArticleChunker.Chunk([.. LongReport.Paragraphs.Select((t, i) => new NumberedParagraph(i + 1, t))], Budget).Count;
        Assert.Equal(Enumerable.Range(1, chunkCount).Select(part => (new SummaryProgress(part, chunkCount), part - 1)), reported);
    }

    private sealed class SynchronousProgress(Action<SummaryProgress> report) : IProgress<SummaryProgress>
    {
        public void Report(SummaryProgress value) => report(value);
    }

    /// <summary>A well-behaved model: thesis from the last line of the block, points from the first lines.</summary>
    private static FakeReply SummaryOfBlock(JsonElement request)
    {
        var user = ChatRequest.Message(request, "user");
        var lines = ModelSummarizerTests.Between(user, "<article_data>", "</article_data>")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => LineLabel().Match(line) is { Success: true } match ? match : throw new InvalidOperationException("unexpected line: " + line))
            .Select(match => (Paragraph: int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), FirstSentence: match.Groups[2].Value))
            .ToList();
        return FakeReply.Json(new
        {
            thesis = ModelTestHost.Item("The harbour budget needs reform.", lines[^1].FirstSentence, lines[^1].Paragraph),
            points = lines.Take(3).Select(line => ModelTestHost.Item("A budget finding.", line.FirstSentence, line.Paragraph)).ToArray(),
            counterpoints = Array.Empty<object>(),
        });
    }

    private static string Paragraph(int i) =>
        $"The audit of pier {i} found that repairs cost {i * 3} thousand more than planned in year {2000 + i}. " +
        $"Inspectors counted {i + 7} loose bollards and {i * 2} cracked planks along the eastern side of the pier. " +
        $"Residents of district {i} asked the council for more frequent crossings on weekday mornings and quieter engines at night. " +
        $"The operator replied that crew shortages on route {i} made any new timetable impossible before the next budget round. " +
        $"Council members from ward {i} argued that the harbour should publish its maintenance backlog every quarter from now on.";

    [GeneratedRegex(@"^\[¶(\d+)\] (.*?\.)(?: |$)")]
    private static partial Regex LineLabel();
}
