
namespace Briefing.Tests.Feeds;

/// <summary>A test class whose every test gets a fresh loopback <see cref="FeedSite"/>.</summary>
public abstract class FeedSiteTest : IAsyncLifetime
{
    protected LoopbackServer Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await LoopbackServer.StartAsync();
        FeedSite.Serve(Site);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
