using System.Net;
using System.Security;

namespace Briefing.Tests.Feeds;

/// <summary>Feeds for the poison-item tests: full-content items (no teaser fetch) built on the loopback site.</summary>
internal static class PoisonFeeds
{
    /// <summary>Two paragraphs of ordinary prose, long enough that the item is taken as the whole article.</summary>
    public static string Body(string topic) =>
        $"<p>The council's plan for {topic} rests on a forecast that assumes steady revenue for a decade, and the forecast has been wrong in four of the last five years. Residents are told the gap will close by itself.</p>"
        + $"<p>A better plan for {topic} would price the worst year rather than the average one, keep a reserve that covers it, and publish the assumptions so that the next council can see where they went wrong.</p>";

    public static string Item(LoopbackServer site, string slug, string title, string html) =>
        $"<item><title>{SecurityElement.Escape(title)}</title><link>{site.Url("/" + slug)}</link><description><![CDATA[{html}]]></description></item>";

    public static void Serve(LoopbackServer site, string path, string title, params string[] items) =>
        site.MapContent(path, "application/rss+xml; charset=utf-8",
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{WebUtility.HtmlEncode(title)}</title><link>{site.BaseUri}</link>{string.Concat(items)}</channel></rss>");
}
