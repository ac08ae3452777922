using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>An RSS feed on loopback (<c>/feed.xml</c>, two items whose pages it serves too) that counts how often the feed is fetched.</summary>
public sealed class CountingFeedSite : IAsyncDisposable
{
    private readonly WebApplication _site;
    private int _feedRequests;

    private CountingFeedSite(WebApplication site) => _site = site;

    public string FeedUrl => _site.Urls.First() + "/feed.xml";

    public int FeedRequests => Volatile.Read(ref _feedRequests);

    public static async Task<CountingFeedSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var site = builder.Build();
        var feed = new CountingFeedSite(site);
        site.MapGet("/feed.xml", (HttpContext context) =>
        {
            Interlocked.Increment(ref feed._feedRequests);
            var root = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Content(Rss(root), "application/rss+xml; charset=utf-8");
        });
        site.MapGet("/items/{id:int}", (int id) => Results.Content(Page(id), "text/html; charset=utf-8"));
        await site.StartAsync();
        return feed;
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private static string Rss(string root) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Shard desk</title><link>{root}/</link><description>Two items</description>
        <item><title>Feed analysis 1</title><link>{root}/items/1</link><pubDate>Mon, 07 Dec 2026 08:00:00 GMT</pubDate></item>
        <item><title>Feed analysis 2</title><link>{root}/items/2</link><pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private static string Page(int id) => $"""
        <html><head><title>Feed analysis {id}</title></head><body><article><h1>Feed analysis {id}</h1>
        <p>Point {id}: the council should publish its figures before the vote, the authors argue at some length here.</p>
        <p>The evidence from three other cities points the same way, and the costs of waiting are rising each year.</p>
        <p>In short, the policy should change before the next budget round begins in the spring.</p>
        </article></body></html>
        """;
}
