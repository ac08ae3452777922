
namespace Briefing.Tests.Feeds;

/// <summary>Serves the teaser feed fixture and the pages its items link to (one of them missing) on a loopback site.</summary>
internal static class FeedSite
{
    public static string FeedXml(LoopbackServer site) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", "teasers.xml"))
            .Replace("{site}", site.BaseUrl, StringComparison.Ordinal);

    public static void Serve(LoopbackServer site)
    {
        site.MapContent("/feed.xml", "application/rss+xml; charset=utf-8", FeedXml(site));
        site.MapContent("/2025/water-pipes", "text/html; charset=utf-8",
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "saved-blog-page.html")));
    }
}
