using System.Text.Json;
using Briefing.Evaluation;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Eval;

/// <summary>
/// Writes the engine's summary of every argument, long-form and news document (Standard length) as JSON lines (id, thesis, points,
/// counterpoints), so a change to the method can be read document by document, not only as a table.
/// </summary>
internal static class SummaryDump
{
    public static async Task WriteAsync(DirectoryInfo data, FileInfo output, CancellationToken cancellationToken)
    {
        var arguments = await EvalDataLoader.LoadAsync<ArgumentDocument>(Path.Combine(data.FullName, EvalDataLoader.ArgumentsFile), cancellationToken);
        var longform = await EvalDataLoader.LoadAsync<LongformDocument>(Path.Combine(data.FullName, LongformEvaluation.File), cancellationToken);
        var news = await EvalDataLoader.LoadAsync<NewsDocument>(Path.Combine(data.FullName, EvalDataLoader.SummariesFile), cancellationToken);
        var documents = arguments.Select(a => (a.Id, a.Title, a.Text))
            .Concat(longform.Select(l => (l.Id, l.Title, l.Text)))
            .Concat(news.Select(n => (n.Id, n.Title, n.Text))).ToList();
        await using var writer = output.CreateText();
        for (var i = 0; i < documents.Count; i++)
        {
            var (id, title, text) = documents[i];
            var summary = ExtractiveSummarizer.Summarize(EvalArticles.FromText(i + 1, title, text), SummaryLength.Standard);
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { id, summary.Thesis, summary.Points, summary.Counterpoints }).AsMemory(), cancellationToken);
        }
    }
}
