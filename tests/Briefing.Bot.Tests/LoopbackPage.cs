using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests;

/// <summary>One HTML page served on loopback (any other path is a 404): a remote web site for URL commands.</summary>
public sealed class LoopbackPage : IAsyncDisposable
{
    private readonly WebApplication _site;

    private LoopbackPage(WebApplication site) => _site = site;

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string BaseUrl => _site.Urls.First();

    public static async Task<LoopbackPage> StartAsync(string path, string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var site = builder.Build();
        site.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        await site.StartAsync();
        return new LoopbackPage(site);
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();
}
