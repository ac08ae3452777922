using Briefing.Articles;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Conversations;
using Briefing.Discord.Interactions;
using Briefing.Discord.Rest;
using Briefing.Feeds;
using Briefing.Ingestion;
using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot host (<see cref="BotHost"/> in Discord mode: real gateway client, real REST client, real SQLite
/// file, extractive engine) pointed at a <see cref="FakeDiscordServer"/> on loopback. Logs go to a
/// <see cref="FakeLogCollector"/> so tests can find a reference id in them.
/// </summary>
public sealed class BotOnFakeDiscord : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private BotOnFakeDiscord(IHost host) => Host = host;

    public IHost Host { get; }

    /// <summary>Settings that defer every interaction at once, for flows about the deferral-then-edit path whatever the load.</summary>
    public static readonly IReadOnlyDictionary<string, string?> DeferAtOnce = new Dictionary<string, string?> { ["Discord:Interactions:AckBudget"] = "00:00:00" };

    public FakeLogCollector Logs => Host.Services.GetRequiredService<FakeLogCollector>();

    /// <summary>
    /// Starts the host and waits until it has identified on the fake gateway and registered its commands.
    /// <paramref name="configure"/> replaces services last (e.g. a failing language model).
    /// </summary>
    public static async Task<BotOnFakeDiscord> StartAsync(
        FakeDiscordServer discord, string databasePath, TimeProvider? timeProvider = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscordIds.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["OpenAI:ApiKey"] = "",
            ["FollowUps:Debounce"] = "00:00:00.200",
            // Many of these hosts run at once: the health endpoints stay off unless a test asks for them.
            ["Health:Urls"] = "",
            // As in BotTestHost: the Discord flows do not need the 90 MB sentence model loaded in every host (hybrid
            // retrieval has its own tests, HybridSummarizeTests among them); a test that wants it sets minilm.
            ["Retrieval:Embedder"] = "none",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;
        var host = BotHost.Build(BotMode.Discord, new BotLaunchSettings
        {
            Configuration = configuration,
            Output = new ConsoleOutput(TextWriter.Null, TextWriter.Null),
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
            ConfigureServices = services =>
            {
                EnsureProductAreas(services, configuration);
                services.RemoveAll<ILoggerProvider>();
                services.AddFakeLogging();
                if (timeProvider is not null)
                {
                    services.Replace(ServiceDescriptor.Singleton(timeProvider));
                    // Discord's 3-s interaction deadline runs on the wall clock (so does the fake's), not on the
                    // digest clock a test fakes: the auto-defer guard keeps the real one.
                    services.Replace(ServiceDescriptor.Singleton<IInteractionResponderFactory>(provider => new InteractionResponderFactory(
                        provider.GetRequiredService<IDiscordRestClient>(), TimeProvider.System,
                        provider.GetRequiredService<IOptions<InteractionOptions>>(), provider.GetRequiredService<ILogger<InteractionResponder>>())));
                }
                configure?.Invoke(services);
            },
        });
        var bot = new BotOnFakeDiscord(host);
        var registered = discord.World.CommandOverwrites;
        await host.StartAsync();
        await discord.Gateway.Ready.WaitAsync(Timeout);
        if (registered == 0) await discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Route.EndsWith("/commands", StringComparison.Ordinal), Timeout);
        return bot;
    }

    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task<long> AddArticleAsync(ArticleDraft draft) =>
        (await Service<IArticleStore>().SaveAsync(draft, CancellationToken.None)).ArticleId;

    /// <summary>A temp SQLite file for one test (deleted with its WAL files at dispose of the test).</summary>
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"briefing-e2e-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
    }

    /// <summary>The product areas BotHost composes; any a branch still lacks is added here (a no-op once all are composed).</summary>
    internal static void EnsureProductAreas(IServiceCollection services, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        if (!services.Any(d => d.ServiceType == typeof(IArticleStore))) services.AddStorage(configuration);
        if (!services.Any(d => d.ServiceType == typeof(PromptLibrary))) services.AddModels(configuration);
        if (!services.Any(d => d.ServiceType == typeof(ISummarizer))) services.AddSummaries(configuration);
        if (!services.Any(d => d.ServiceType == typeof(IExtractiveSummarizer))) services.AddExtractiveSummaries();
        if (!services.Any(d => d.ServiceType == typeof(IArticleIngestor))) services.AddArticles(configuration).AddIngestion();
        if (!services.Any(d => d.ServiceType == typeof(IFeedStore))) services.AddFeeds(configuration);
        if (!services.Any(d => d.ServiceType == typeof(IConversationStore))) services.AddConversations(configuration);
    }
}
