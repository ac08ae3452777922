using Briefing.Bot.Commands;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Tests.Commands;

/// <summary>
/// The real host on a fresh real database (SQLite file or PostgreSQL schema) with two servers: A (guild 1, channels
/// 100 and 300) and B (guild 2, channels 200 and 400). Only the channel lookup, Discord's seat, is a stand-in.
/// </summary>
internal sealed class ScopedBot : IAsyncDisposable
{
    public const ulong GuildA = 1;
    public const ulong GuildB = 2;
    public const ulong ChannelA = 100;
    public const ulong OtherChannelA = 300;
    public const ulong ChannelB = 200;
    public const ulong OtherChannelB = 400;
    public const ulong DirectChannel = 500;

    private static readonly Dictionary<ulong, ulong> Channels = new()
    {
        [ChannelA] = GuildA, [OtherChannelA] = GuildA, [ChannelB] = GuildB, [OtherChannelB] = GuildB,
    };

    private readonly TestDatabase _database;

    private ScopedBot(TestDatabase database, BotTestHost host)
    {
        _database = database;
        Host = host;
    }

    public BotTestHost Host { get; }

    public static async Task<ScopedBot> StartAsync(DatabaseFixture fixture, string provider, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var database = await fixture.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(database.Settings);
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await BotTestHost.StartAsync(configuration: settings, loadDemoLibrary: false,
            configure: services => services.Replace(ServiceDescriptor.Singleton<IChannelDirectory>(new MapDirectory())));
        return new ScopedBot(database, host);
    }

    /// <summary>A member of server A (user 10) in channel 100; <paramref name="canManage"/> adds Manage Server.</summary>
    public static CommandInvocation InA(string name, string? subcommand = null, bool canManage = false, params (string Name, string Value)[] options) =>
        BotTestHost.Invocation(name, subcommand, canManage, userId: 10, options: options);

    /// <summary>A member of server B (user 20) in channel 200.</summary>
    public static CommandInvocation InB(string name, string? subcommand = null, bool canManage = false, params (string Name, string Value)[] options) =>
        BotTestHost.Invocation(name, subcommand, canManage, userId: 20, options: options) with { GuildId = GuildB, ChannelId = ChannelB };

    /// <summary>User <paramref name="userId"/> in a direct message with the bot (no server, never Manage Server).</summary>
    public static CommandInvocation InDirectMessage(ulong userId, string name, string? subcommand = null, params (string Name, string Value)[] options) =>
        BotTestHost.Invocation(name, subcommand, canManage: false, userId: userId, options: options) with { GuildId = null, ChannelId = DirectChannel + userId };

    public Task<BotReply> SendAsync(CommandInvocation invocation) => Host.Dispatcher.DispatchAsync(invocation, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class MapDirectory : IChannelDirectory
    {
        public Task<ulong?> FindGuildAsync(ulong channelId, CancellationToken cancellationToken) =>
            Task.FromResult(Channels.TryGetValue(channelId, out var guild) ? guild : (ulong?)null);
    }
}
