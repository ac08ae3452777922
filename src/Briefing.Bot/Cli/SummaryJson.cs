using System.Globalization;
using System.Text.Json;
using Briefing.Summaries;

namespace Briefing.Bot.Cli;

/// <summary>
/// The exact JSON of <c>summarize --json</c>:
/// <c>{"article":{"id","title","url","author","published"},"thesis":{"text","quote","paragraph"},"points":[...],"counterpoints":[...],"engine"}</c>,
/// with <c>"file"</c> first for <c>--dir</c>. <c>id</c> is null for a file summarized without <c>--store</c>.
/// </summary>
public static class SummaryJson
{
    public static string Write(ArgumentSummary summary, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var article = summary.Article;
        var document = new SummaryJsonDocument(
            file,
            new SummaryJsonArticle(article.Id > 0 ? article.Id : null, article.Title, article.Url, article.Author,
                article.Published?.ToString("O", CultureInfo.InvariantCulture)),
            summary.Thesis,
            summary.Points,
            summary.Counterpoints,
            summary.Engine);
        return JsonSerializer.Serialize(document, CliJsonContext.Readable.SummaryJsonDocument);
    }

    /// <summary>A file of a --dir run that could not be summarized: <c>{"file","error"}</c>.</summary>
    public static string WriteError(string file, string error) =>
        JsonSerializer.Serialize(new SummaryJsonError(file, error), CliJsonContext.Readable.SummaryJsonError);
}
