using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>What every end-to-end test class starts from: a fresh fake Discord on loopback and a temp SQLite path per test, both gone after it.</summary>
public abstract class FakeDiscordTest : IAsyncLifetime
{
    protected static readonly TimeSpan Timeout = BotOnFakeDiscord.Timeout;

    protected string DatabasePath { get; } = BotOnFakeDiscord.NewDatabasePath();

    protected FakeDiscordServer DiscordServer { get; private set; } = null!;

    public virtual async Task InitializeAsync() => DiscordServer = await FakeDiscordServer.StartAsync();

    public virtual async Task DisposeAsync()
    {
        await DiscordServer.DisposeAsync();
        BotOnFakeDiscord.DeleteDatabase(DatabasePath);
    }
}
