using System.Text.Json.Nodes;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Digests end to end on a fake clock: subscribe, the scheduled post, exactly once across a restart and a 429.</summary>
public sealed class DigestFlowTests : FakeDiscordTest
{
    private static readonly DateTimeOffset SixInTheMorning = new(2026, 3, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PastEight = TimeSpan.FromHours(2) + TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new(SixInTheMorning);
    private DigestPasses? _passes;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Heartbeats run on the fake clock too; a ten-day interval keeps them out of the hours this test skips.
        DiscordServer.Gateway.HeartbeatIntervalMs = 864_000_000;
    }

    [Fact]
    public async Task Subscribe_then_time_passing_eight_posts_exactly_one_digest_with_a_nonce()
    {
        await using var bot = await StartBotAsync();
        await bot.AddArticleAsync(TestArticles.Bridges);
        await bot.AddArticleAsync(TestArticles.Tides);
        await SubscribeAsync();
        Assert.Empty(DigestPosts());

        var post = await PassEightAsync(r => IsDigestPost(r) && r.Status == 200);
        _clock.Advance(TimeSpan.FromMinutes(3));
        await _passes!.CompleteOneAsync(_clock, CheckInterval);

        var body = post.BodyObject!;
        Assert.True((bool)body["enforce_nonce"]!);
        Assert.InRange(((string)body["nonce"]!).Length, 1, 25);
        Assert.Empty((JsonArray)body["allowed_mentions"]!["parse"]!);
        Assert.Contains("Bridges Before Ribbons", DiscordBodies.VisibleText(body), StringComparison.Ordinal);
        Assert.Contains("Why Tide Gauges Deserve a Bigger Budget", DiscordBodies.VisibleText(body), StringComparison.Ordinal);
        Assert.Single(DigestPosts());
        Assert.Single(BotMessagesIn(FakeDiscordIds.Channel));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_digest_neither_duplicates_nor_misses_a_page()
    {
        var onePerPage = new Dictionary<string, string?> { ["Digests:EntriesPerMessage"] = "1" };
        await using (var first = await StartBotAsync(onePerPage))
        {
            await first.AddArticleAsync(TestArticles.Bridges);
            await first.AddArticleAsync(TestArticles.Tides);
            await first.AddArticleAsync(TestArticles.Megaphone);
            await SubscribeAsync();
            // Discord stores page 2, but the bot is stopped before it hears back: the ledger has the claim, not the completion.
            DiscordServer.Faults.StallAfterCommit(body => DiscordBodies.VisibleText(body).Contains("(2/3)", StringComparison.Ordinal));

            _clock.Advance(PastEight);
            await DiscordBodies.EventuallyAsync(() => Task.FromResult(BotMessagesIn(FakeDiscordIds.Channel).Count == 2), Timeout, "pages 1 and 2 reach Discord");
        }

        await using var second = await StartBotAsync(onePerPage);
        await DiscordServer.WaitForRequestAsync(r => IsDigestPost(r) && DiscordBodies.VisibleText(r.Body).Contains("(3/3)", StringComparison.Ordinal), Timeout);

        var pages = BotMessagesIn(FakeDiscordIds.Channel).Select(m => DiscordBodies.VisibleText(m)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Single(pages, p => p.Contains("(1/3)", StringComparison.Ordinal));
        Assert.Single(pages, p => p.Contains("(2/3)", StringComparison.Ordinal));
        Assert.Single(pages, p => p.Contains("(3/3)", StringComparison.Ordinal));
        // Page 2 was claimed but never confirmed: the restarted bot read the channel, found it, and did not post it again.
        Assert.Single(DigestPosts(), r => DiscordBodies.VisibleText(r.Body).Contains("(2/3)", StringComparison.Ordinal));
        Assert.Contains(DiscordServer.Requests, r => r.Is("GET", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{FakeDiscordIds.Channel}/messages");
        Assert.Equal(1, DiscordServer.World.CommandOverwrites);
    }

    [Fact]
    public async Task A_429_during_a_digest_is_waited_out_and_retried_and_nothing_is_lost()
    {
        await using var bot = await StartBotAsync();
        await bot.AddArticleAsync(TestArticles.Bridges);
        await SubscribeAsync();
        DiscordServer.RateLimits.InjectTooManyRequests("POST", DiscordBodies.ChannelMessages, TimeSpan.FromSeconds(3));

        var limited = await PassEightAsync(r => IsDigestPost(r) && r.Status == 429);
        // No real-time wait here: a retry that ignored retry_after would come at the first step below, and the
        // assertion on how far the fake clock had to go would fail.
        Assert.Empty(BotMessagesIn(FakeDiscordIds.Channel));
        // The limiter waits on the fake clock: step it until the retry comes, and count how far it had to go.
        var waited = TimeSpan.Zero;
        RecordedRequest? retried = null;
        while (retried is null && waited < TimeSpan.FromMinutes(1))
        {
            _clock.Advance(TimeSpan.FromSeconds(0.5));
            waited += TimeSpan.FromSeconds(0.5);
            retried = await TryWaitAsync(r => IsDigestPost(r) && r.Status == 200, TimeSpan.FromSeconds(0.2));
        }

        Assert.NotNull(retried);
        Assert.True(waited >= TimeSpan.FromSeconds(3), $"retried after {waited} of the 3 s retry_after");
        Assert.Equal(1, DiscordServer.RateLimits.Injected429s);
        Assert.Equal(limited.BodyObject!.ToJsonString(), retried.BodyObject!.ToJsonString());
        Assert.Contains("Bridges Before Ribbons", DiscordBodies.VisibleText(Assert.Single(BotMessagesIn(FakeDiscordIds.Channel))), StringComparison.Ordinal);
    }

    /// <summary>
    /// Moves the clock past 08:00 and waits for <paramref name="match"/>. A scheduler pass that fails (a busy database on
    /// a loaded machine) is retried at the next check by design, so the clock moves on one check interval at a time
    /// until the request comes.
    /// </summary>
    private async Task<RecordedRequest> PassEightAsync(Func<RecordedRequest, bool> match)
    {
        _clock.Advance(PastEight);
        for (var check = 0; check < 10; check++)
        {
            if (await TryWaitAsync(match, TimeSpan.FromSeconds(2)) is { } request)
            {
                return request;
            }

            _clock.Advance(CheckInterval);
        }

        return await DiscordServer.WaitForRequestAsync(match, Timeout);
    }

    private async Task<RecordedRequest?> TryWaitAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        try
        {
            return await DiscordServer.WaitForRequestAsync(match, timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private Task<BotOnFakeDiscord> StartBotAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Digests:CheckInterval"] = CheckInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, _clock, settings, configure: services => _passes = DigestPasses.Install(services));
    }

    private async Task SubscribeAsync()
    {
        var subscribe = new FakeSlashCommand("digest", "subscribe", ("channel", 7, FakeDiscordIds.Channel.ToString()), ("time", 3, "08:00"), ("timezone", 3, "UTC"))
        {
            Permissions = FakeSlashCommand.MemberPermissions | FakeSlashCommand.ManageGuild,
        };
        var interaction = await DiscordServer.SendCommandAsync(subscribe, CancellationToken.None);
        var reply = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        Assert.Contains("Subscribed", DiscordBodies.VisibleText(reply.Body), StringComparison.Ordinal);
    }

    private static bool IsDigestPost(RecordedRequest request) =>
        request.Is("POST", DiscordBodies.ChannelMessages) && request.Path == $"/channels/{FakeDiscordIds.Channel}/messages";

    private List<RecordedRequest> DigestPosts() => [.. DiscordServer.Requests.Where(r => IsDigestPost(r) && r.Status == 200)];

    /// <summary>Messages the bot posted in the channel outside interactions (interaction replies carry no nonce).</summary>
    private List<JsonObject> BotMessagesIn(ulong channelId) =>
        [.. DiscordServer.World.MessagesIn(channelId).Where(m => m.ContainsKey("nonce"))];
}
