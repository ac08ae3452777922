using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Evaluation;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Eval;

/// <summary>
/// Writes each long-form document's missed points and uncovered premises (Standard length), classified by
/// <see cref="LongformMisses"/>, as JSON lines, and returns the counts as a Markdown table: whether the misses are
/// boundaries (the quote or the segmenter), selection (other sentences chosen) or count (too few points).
/// </summary>
internal static class MissesReport
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static async Task<string> WriteAsync(DirectoryInfo data, FileInfo output, CancellationToken cancellationToken)
    {
        var documents = await EvalDataLoader.LoadAsync<LongformDocument>(Path.Combine(data.FullName, LongformEvaluation.File), cancellationToken);
        var misses = new List<LongformDocumentMisses>(documents.Count);
        await using (var writer = output.CreateText())
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var summary = ExtractiveSummarizer.Summarize(EvalArticles.FromText(i + 1, documents[i].Title, documents[i].Text), SummaryLength.Standard);
                misses.Add(LongformMisses.Classify(documents[i], summary));
                await writer.WriteLineAsync(JsonSerializer.Serialize(misses[^1], Json).AsMemory(), cancellationToken);
            }
        }
        return LongformMisses.Table(misses);
    }
}
