using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// A remote edge on loopback that takes <see cref="Delay"/> (longer than the tests' 0.5-s auto-defer guard) before
/// every answer, and then fails: a web site whose pages are gone (<see cref="StartSiteAsync"/>), or an
/// OpenAI-compatible model that rejects every completion (<see cref="StartModelAsync"/>); or a slow web site that
/// does serve an article (<see cref="StartArticleSiteAsync"/>).
/// </summary>
public sealed class SlowLoopbackServer : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.2);

    private LoopbackServer _server = null!;
    private int _calls;

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public string BaseUrl => _server.BaseUrl;

    /// <summary>Base URL for <c>OpenAI:Endpoint</c> when the server plays the model.</summary>
    public string ModelEndpoint => BaseUrl + "/v1";

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Every page: a 404 after the delay (so /summarize of its URL ends in "I could not read that link").</summary>
    public static Task<SlowLoopbackServer> StartSiteAsync() =>
        StartAsync((app, server) => app.MapGet("/{**path}", (HttpContext context) => server.AnswerAsync(Results.NotFound(), context)));

    /// <summary>Every page: <see cref="TestArticles.Bridges"/> as an HTML article, after the delay.</summary>
    public static Task<SlowLoopbackServer> StartArticleSiteAsync() =>
        StartAsync((app, server) => app.MapGet("/{**path}", (HttpContext context) => server.AnswerAsync(
            Results.Content(ArticleHtml(TestArticles.Bridges), "text/html; charset=utf-8"), context)));

    /// <summary>Every chat completion: a 400 after the delay (so summaries fall back to the extractive engine).</summary>
    public static Task<SlowLoopbackServer> StartModelAsync() =>
        StartAsync((app, server) => app.MapPost("/v1/chat/completions", (HttpContext context) => server.AnswerAsync(
            Results.Json(new { error = new { message = "model overloaded", type = "invalid_request_error" } }, statusCode: 400), context)));

    private static async Task<SlowLoopbackServer> StartAsync(Action<WebApplication, SlowLoopbackServer> map)
    {
        var slow = new SlowLoopbackServer();
        slow._server = await LoopbackServer.StartAsync(app => map(app, slow));
        return slow;
    }

    private static string ArticleHtml(Briefing.Articles.ArticleDraft article)
    {
        var title = WebUtility.HtmlEncode(article.Title);
        var paragraphs = string.Concat(article.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        return $"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>\n{paragraphs}</article></body></html>";
    }

    private async Task AnswerAsync(IResult result, HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        await Task.Delay(Delay, context.RequestAborted);
        await result.ExecuteAsync(context);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
