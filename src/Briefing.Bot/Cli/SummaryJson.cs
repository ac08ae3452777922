using System.Globalization;
using System.Text;
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
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
        {
            json.WriteStartObject();
            if (file is not null)
            {
                json.WriteString("file", file);
            }

            var article = summary.Article;
            json.WriteStartObject("article");
            if (article.Id > 0)
            {
                json.WriteNumber("id", article.Id);
            }
            else
            {
                json.WriteNull("id");
            }

            json.WriteString("title", article.Title);
            json.WriteString("url", article.Url);
            json.WriteString("author", article.Author);
            json.WriteString("published", article.Published?.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();

            json.WritePropertyName("thesis");
            WriteItem(json, summary.Thesis);
            WriteItems(json, "points", summary.Points);
            WriteItems(json, "counterpoints", summary.Counterpoints);
            json.WriteString("engine", summary.Engine);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A file of a --dir run that could not be summarized: <c>{"file","error"}</c>.</summary>
    public static string WriteError(string file, string error)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("error", error);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteItems(Utf8JsonWriter json, string name, IReadOnlyList<SummaryItem> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            WriteItem(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteItem(Utf8JsonWriter json, SummaryItem item)
    {
        json.WriteStartObject();
        json.WriteString("text", item.Text);
        json.WriteString("quote", item.Quote);
        json.WriteNumber("paragraph", item.Paragraph);
        json.WriteEndObject();
    }
}
