using System.Globalization;
using System.Net;
using Briefing.Discord.Interactions;
using Briefing.Discord.Rest;
using Briefing.Discord.Tests.Interactions;
using Microsoft.Extensions.Configuration;

namespace Briefing.Discord.Tests.Rest;

/// <summary>
/// The REST client as <c>AddDiscordRest</c> registers it (IHttpClientFactory, the resilience handler, the
/// rate limiter) with only the primary handler swapped for a <see cref="FakeDiscordHandler"/>, on a fake clock
/// that the container hands to both the rate limiter and Polly.
/// </summary>
internal sealed class RegisteredRestHarness : IAsyncDisposable
{
    public const string Token = "registered-token.xyz";

    public RegisteredRestHarness(int? serverErrorRetries = null)
    {
        Time = new WatchedTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        Handler = new FakeDiscordHandler(Time);
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = RestTestHarness.ApiBase,
        };
        if (serverErrorRetries is { } retries)
        {
            settings["Discord:ServerErrorRetries"] = retries.ToString(CultureInfo.InvariantCulture);
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddFakeLogging().AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time); // before AddDiscordRest, whose TryAdd keeps it
        services.AddDiscordRest(configuration);
        services.AddHttpClient(DiscordRestServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Handler);
        services.AddSingleton<ICommandRegistrationStateStore, RememberingRegistrationStateStore>(); // the caller's part of AddDiscordRest
        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Client = Provider.GetRequiredService<IDiscordRestClient>();
    }

    public WatchedTimeProvider Time { get; }
    public FakeDiscordHandler Handler { get; }
    public ServiceProvider Provider { get; }
    public IDiscordRestClient Client { get; }
    public FakeLogCollector Logs => Provider.GetFakeLogCollector();

    public int RequestCount => Handler.Requests.Count;

    /// <summary>Answers the n-th request with the n-th response; the last one answers every request after it.</summary>
    public void RespondInTurn(params Func<HttpResponseMessage>[] responses) =>
        Handler.Respond = _ => responses[Math.Min(Handler.Requests.Count, responses.Length) - 1]();

    /// <summary>Advances the fake clock in 100 ms steps until <paramref name="task"/> completes, then awaits it.</summary>
    public Task AdvanceUntilAsync(Task task) => Time.AdvanceUntilAsync(task, TimeSpan.FromMilliseconds(100));

    public IReadOnlyList<FakeLogRecord> LogsWithEventId(int eventId) => Logs.GetSnapshot().Where(record => record.Id.Id == eventId).ToList();

    public static HttpResponseMessage Status(HttpStatusCode status, params (string Name, string Value)[] headers) =>
        FakeDiscordHandler.Json(status, """{"message":"upstream trouble","code":0}""", headers);

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
