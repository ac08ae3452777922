
namespace Briefing.Articles.Fetching;

/// <summary>The media types ingestion accepts, grouped by how they are read.</summary>
public static class ContentKinds
{
    public static readonly IReadOnlySet<string> Html = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml",
    };

    public static readonly IReadOnlySet<string> PlainText = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "text/markdown", "text/x-markdown",
    };

    /// <summary>Feed types, plus generic XML that is sniffed for an rss/feed root.</summary>
    public static readonly IReadOnlySet<string> Xml = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    };

    /// <summary>A missing Content-Type is accepted and the body is sniffed instead.</summary>
    public static bool IsAccepted(string? mediaType) =>
        mediaType is null || Html.Contains(mediaType) || PlainText.Contains(mediaType) || Xml.Contains(mediaType);
}
