using System.Globalization;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Briefing.Articles.Extraction;

/// <summary>The metadata a text file may carry in a YAML front matter block (title, author(s), date, language, site, url).</summary>
internal sealed record FrontMatter(string? Title, IReadOnlyList<string> Authors, DateTimeOffset? PublishedAt, string? Language, string? SiteName, string? Url = null)
{
    public static readonly FrontMatter Empty = new(null, [], null, null, null);

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static FrontMatter Parse(YamlFrontMatterBlock block)
    {
        Dictionary<string, object?>? values;
        try
        {
            // The block's lines include the --- fences; only the lines between them are YAML.
            var lines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()).Where(l => l.Trim() != "---");
            values = Yaml.Deserialize<Dictionary<string, object?>>(string.Join('\n', lines));
        }
        catch (YamlException)
        {
            // Broken front matter is treated as absent rather than failing the whole file.
            return Empty;
        }

        if (values is null)
        {
            return Empty;
        }

        var map = new Dictionary<string, object?>(values, StringComparer.OrdinalIgnoreCase);
        return new FrontMatter(
            Text(map, "title"),
            ReadAuthors(map),
            Text(map, "date", "published", "published_at") is { } date && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null,
            Text(map, "lang", "language"),
            Text(map, "site", "site_name", "sitename", "publisher"),
            Text(map, "url", "canonical", "canonical_url"));
    }

    private static string? Text(Dictionary<string, object?> map, params string[] keys) =>
        keys.Select(k => map.GetValueOrDefault(k) as string).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static IReadOnlyList<string> ReadAuthors(Dictionary<string, object?> map)
    {
        if ((map.GetValueOrDefault("authors") ?? map.GetValueOrDefault("author")) is List<object> list)
        {
            return list.OfType<string>().Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        }

        return HtmlArticleExtractor.SplitAuthors(Text(map, "author", "authors"));
    }
}
