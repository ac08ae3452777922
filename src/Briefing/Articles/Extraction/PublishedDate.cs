using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Fallback for the published date when Readability's metadata has none: schema.org JSON-LD
/// <c>datePublished</c> (also inside <c>@graph</c>), then common meta tags, then the first &lt;time datetime&gt;.
/// </summary>
internal static class PublishedDate
{
    private const string MetaSelectors =
        "meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop='datePublished'], " +
        "meta[name='date'], meta[name='dc.date'], meta[name='DC.date.issued'], meta[name='publish-date']";

    public static DateTimeOffset? Find(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (FromJsonLd(script.TextContent) is { } fromJson)
            {
                return fromJson;
            }
        }

        var candidates = document.QuerySelectorAll(MetaSelectors).Select(m => m.GetAttribute("content"))
            .Concat(document.QuerySelectorAll("time[datetime]").Take(1).Select(t => t.GetAttribute("datetime")));
        return candidates.Select(Parse).FirstOrDefault(d => d is not null);
    }

    private static DateTimeOffset? FromJsonLd(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Search(document.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; it simply offers no date.
            return null;
        }
    }

    private static DateTimeOffset? Search(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(e => Search(e, depth + 1)).FirstOrDefault(d => d is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("datePublished", out var published) && published.ValueKind == JsonValueKind.String)
        {
            return Parse(published.GetString());
        }

        return element.TryGetProperty("@graph", out var graph) ? Search(graph, depth + 1) : null;
    }

    private static DateTimeOffset? Parse(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUniversalTime() : null;
}
