using Briefing.Bot.Commands;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Hosting;
using Briefing.Conversations;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;

namespace Briefing.Bot.Tests;

/// <summary>
/// The real host (BotHost.Build) on a temp SQLite file, with a FakeTimeProvider, a recording channel poster in place
/// of Discord, and a fake log collector. Optional replacements (e.g. a mocked language model) go in <c>configure</c>.
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-06-08T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly IHost _host;
    // Null when the caller passed its own folder (a restart test keeps it across two hosts and deletes it itself).
    private readonly TempDirectory? _ownFolder;

    private BotTestHost(IHost host, string folder, TempDirectory? ownFolder, FakeTimeProvider time, RecordingChannelPoster poster, FakeLogCollector logs, StringWriter output, DigestPasses digestPasses)
    {
        _host = host;
        DigestPasses = digestPasses;
        Folder = folder;
        _ownFolder = ownFolder;
        Time = time;
        Poster = poster;
        Logs = logs;
        Output = output;
    }

    public string Folder { get; }
    public FakeTimeProvider Time { get; }
    /// <summary>The digest scheduler's passes: a check that it posted nothing more waits for one to finish, not for the clock.</summary>
    public DigestPasses DigestPasses { get; }
    public RecordingChannelPoster Poster { get; }
    public FakeLogCollector Logs { get; }
    public StringWriter Output { get; }
    public IServiceProvider Services => _host.Services;
    public CommandDispatcher Dispatcher => Services.GetRequiredService<CommandDispatcher>();
    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    /// <summary>A reply sender on this host's conversation store, for tests that drive Discord's side by hand.</summary>
    public InteractionReplySender ReplySender(IDiscordRestClient rest, TimeProvider time, ILogger<InteractionReplySender> logger) =>
        new(rest, Conversations, time, Options.Create(new InteractionProgressOptions()), logger);

    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "briefing.db")}",
        ["Ingestion:AllowPrivateNetworks"] = "true",
        // The real embedding model is slow on shared cores; tests that need embeddings turn them on themselves.
        ["Retrieval:Embedder"] = "none",
    };

    public static async Task<BotTestHost> StartAsync(
        BotMode mode = BotMode.Cli,
        IReadOnlyDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? configure = null,
        string? folder = null,
        bool loadDemoLibrary = true,
        DateTimeOffset? now = null)
    {
        var ownFolder = folder is null ? TempDirectory.Create("bot") : null;
        folder ??= ownFolder!.Path;
        var time = new FakeTimeProvider(now ?? Start);
        var poster = new RecordingChannelPoster();
        var output = new StringWriter();
        var logs = new FakeLogCollector();
        DigestPasses? digestPasses = null;
        var settings = Settings(folder);
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = BotHost.Build(mode, new BotLaunchSettings
        {
            Configuration = settings,
            Output = new ConsoleOutput(output, output),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<IChannelPoster>(poster);
                services.AddSingleton(logs);
                services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(logs));
                digestPasses = DigestPasses.Install(services);
                configure?.Invoke(services);
            },
        });
        host.Services.GetService<IStartupValidator>()?.Validate();
        await host.StartAsync();
        if (loadDemoLibrary)
        {
            await host.Services.GetRequiredService<DemoLibraryLoader>().LoadIfEmptyAsync(DemoLibraryLoader.DefaultFolder, CancellationToken.None);
        }

        return new BotTestHost(host, folder, ownFolder, time, poster, logs, output, digestPasses!);
    }

    /// <summary>A member's invocation in guild 1, channel 100.</summary>
    public static CommandInvocation Invocation(string name, string? subcommand = null, bool canManage = false, ulong userId = 10, ulong? threadId = null, params (string Name, string Value)[] options) => new()
    {
        Name = name,
        Subcommand = subcommand,
        Options = options.ToDictionary(o => o.Name, o => o.Value),
        GuildId = 1,
        ChannelId = threadId ?? 100,
        UserId = userId,
        CanManageGuild = canManage,
        ThreadId = threadId,
    };

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _ownFolder?.Dispose();
    }
}
