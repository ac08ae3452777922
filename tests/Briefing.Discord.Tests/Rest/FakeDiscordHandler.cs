using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Briefing.Discord.Tests.Rest;

/// <summary>A scripted Discord at the HTTP edge: records every request and answers through <see cref="Respond"/>.</summary>
internal sealed class FakeDiscordHandler(TimeProvider timeProvider) : HttpMessageHandler
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<RecordedRequest, HttpResponseMessage> Respond { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(h.Key == "User-Agent" ? " " : ", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var path = request.RequestUri!.AbsolutePath;
        var recorded = new RecordedRequest(request.Method.Method, path, path, body, headers, RecordedRequest.NotAnswered, timeProvider.GetUtcNow());
        Requests.Enqueue(recorded);
        return Respond(recorded);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
        return response;
    }

    public static (string, string)[] Bucket(string hash, int limit, int remaining, double resetAfterSeconds) =>
    [
        ("X-RateLimit-Bucket", hash),
        ("X-RateLimit-Limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset-After", resetAfterSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
