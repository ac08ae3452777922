using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Rest;

/// <summary>A REST client wired to a <see cref="FakeDiscordHandler"/> on a fake clock.</summary>
internal sealed class RestTestHarness : IDisposable
{
    public const string Token = "test-token.abc";
    public const string ApiBase = "https://discord.test/api/v10";

    /// <param name="limiterLogger">Where the rate limiter logs (default: nowhere).</param>
    /// <param name="invalidRequests">Builds the limiter's invalid-request budget (e.g. with low thresholds) on the harness clock.</param>
    public RestTestHarness(ILogger<DiscordRateLimiter>? limiterLogger = null, Func<TimeProvider, ILogger, InvalidRequestBudget>? invalidRequests = null)
    {
        Time = new WatchedTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        Handler = new FakeDiscordHandler(Time);
        var logger = limiterLogger ?? NullLogger<DiscordRateLimiter>.Instance;
        Limiter = invalidRequests is null
            ? new DiscordRateLimiter(Time, logger)
            : new DiscordRateLimiter(Time, logger) { InvalidRequests = invalidRequests(Time, logger) };
        HttpClient = new HttpClient(Handler);
        Client = new DiscordRestClient(HttpClient, Limiter,
            Options.Create(new DiscordOptions { Token = Token, ApiBaseUrl = ApiBase }), NullLogger<DiscordRestClient>.Instance);
    }

    public WatchedTimeProvider Time { get; }
    public FakeDiscordHandler Handler { get; }
    public DiscordRateLimiter Limiter { get; }
    public HttpClient HttpClient { get; }
    public DiscordRestClient Client { get; }

    public int RequestCount => Handler.Requests.Count;

    /// <summary>Advances the fake clock in steps until <paramref name="task"/> completes (bounded).</summary>
    public Task AdvanceUntilAsync(Task task, TimeSpan step, int maxSteps = 1000) => Time.AdvanceUntilAsync(task, step, maxSteps);

    public void Dispose() => HttpClient.Dispose();
}
