using System.Text.Json.Nodes;
using Briefing.Articles;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// Through the fake Discord: a digest that folds three reports of one event into one entry and pairs two opposing pieces,
/// then <c>/digest explain</c> for a delivered article, a filtered one and a duplicate.
/// </summary>
public sealed class DigestStoryFlowTests : FakeDiscordTest
{
    private static readonly DateTimeOffset SixInTheMorning = new(2026, 3, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new(SixInTheMorning);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Heartbeats run on the fake clock too; a ten-day interval keeps them out of the hours this test skips.
        DiscordServer.Gateway.HeartbeatIntervalMs = 864_000_000;
    }

    [Fact]
    public async Task A_digest_groups_one_story_pairs_opposing_views_and_explain_answers_for_delivered_filtered_and_duplicate()
    {
        var settings = new Dictionary<string, string?> { ["Digests:CheckInterval"] = "00:01:00" };
        DigestPasses? passes = null;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, _clock, settings, configure: services => passes = DigestPasses.Install(services));
        await bot.AddArticleAsync(Draft("https://wire.example.com/valdora", "Dam breach floods Valdora valley", "Wire",
            "The Karsten dam in the Valdora valley gave way on Thursday, flooding four villages. About 1,200 people were evacuated."));
        await bot.AddArticleAsync(Draft("https://daily.example.net/karsten-dam", "Karsten dam fails, four Valdora villages under water", "The Daily",
            "Four villages in the Valdora valley were flooded on Thursday after the Karsten dam gave way following a week of rain. Rescue teams evacuated about 1,200 residents by boat and helicopter, the regional governor said. Engineers had warned in 2023 that the dam's spillway was too small."));
        await bot.AddArticleAsync(Draft("https://radio.example.org/valdora-dam", "Valdora: 1,200 evacuated after Karsten dam breach", "Radio Valdora",
            "Some 1,200 people left their homes when the Karsten dam failed on Thursday and water swept through four villages of the Valdora valley."));
        await bot.AddArticleAsync(Draft("https://opinion.example.org/bike-lanes-yes", "Cities should build more bike lanes", "Opinion Weekly",
            "Bike lanes work: cities that built protected lanes cut traffic deaths and congestion. Every city should build more bike lanes."));
        await bot.AddArticleAsync(Draft("https://ledger.example.com/bike-lanes-no", "More bike lanes are a costly mistake", "The Ledger",
            "New bike lanes are a costly mistake: they narrow roads for buses and delivery vans and few people use them in winter. Cities should not build more bike lanes."));
        await bot.AddArticleAsync(Draft("https://arts.example.org/conductor", "Orchestra names new conductor", "Arts Page",
            "The city orchestra appointed a 34-year-old conductor from Lisbon as its music director."));
        // The same text under a second address: nothing new is stored, and the duplicate is noted.
        await bot.AddArticleAsync(Draft("https://mirror.example.net/dam-copy", "Karsten dam copy", "Mirror",
            "Four villages in the Valdora valley were flooded on Thursday after the Karsten dam gave way following a week of rain. Rescue teams evacuated about 1,200 residents by boat and helicopter, the regional governor said. Engineers had warned in 2023 that the dam's spillway was too small."));
        await CommandAsync(new FakeSlashCommand("digest", "subscribe", ("channel", 7, FakeDiscordIds.Channel.ToString()), ("time", 3, "08:00"), ("timezone", 3, "UTC"), ("topics", 3, "dam, bike lanes"))
        {
            Permissions = FakeSlashCommand.MemberPermissions | FakeSlashCommand.ManageGuild,
        });

        var post = await PassEightAsync();
        // The pass that posted records what it delivered after Discord answers; let it finish before asking about it.
        await passes!.CompleteOneAsync(_clock, CheckInterval);

        var text = DiscordBodies.VisibleText(post.BodyObject);
        var fields = post.BodyObject!["embeds"]!.AsArray().SelectMany(e => e!["fields"]!.AsArray()).Select(f => f!.AsObject()).ToList();
        // The story, the piece for bike lanes (naming the piece against), and the piece against as an entry of its own.
        Assert.Equal(3, fields.Count);
        var dam = Assert.Single(fields, f => ((string)f["name"]!).Contains("Karsten dam fails", StringComparison.Ordinal));
        Assert.Contains("also: [Wire](https://wire.example.com/valdora), [Radio Valdora](https://radio.example.org/valdora-dam)", (string)dam["value"]!, StringComparison.Ordinal);
        var bikes = Assert.Single(fields, f => ((string)f["name"]!).Contains("build more bike lanes", StringComparison.Ordinal));
        Assert.Contains("Another view: More bike lanes are a costly mistake ([The Ledger](https://ledger.example.com/bike-lanes-no)) — ", (string)bikes["value"]!, StringComparison.Ordinal);
        Assert.Single(fields, f => ((string)f["value"]!).Contains("Another view:", StringComparison.Ordinal));
        Assert.All(fields, f => Assert.InRange(((string)f["value"]!).Length, 1, 1024));
        Assert.DoesNotContain("Orchestra", text, StringComparison.Ordinal);
        var messageId = (string)DiscordServer.World.MessagesIn(FakeDiscordIds.Channel).Single(m => m.ContainsKey("nonce"))["id"]!;

        var delivered = await ExplainAsync("https://radio.example.org/valdora-dam");
        var filtered = await ExplainAsync("https://arts.example.org/conductor");
        var duplicate = await ExplainAsync("https://mirror.example.net/dam-copy");

        Assert.Contains($"was delivered to <#{FakeDiscordIds.Channel}> on 2026-03-05 08:0", delivered, StringComparison.Ordinal);
        Assert.Contains($"https://discord.com/channels/{FakeDiscordIds.Guild}/{FakeDiscordIds.Channel}/{messageId}", delivered, StringComparison.Ordinal);
        Assert.Contains("listed under “Karsten dam fails, four Valdora villages under water”", delivered, StringComparison.Ordinal);
        Assert.Contains("“Orchestra names new conductor”", filtered, StringComparison.Ordinal);
        Assert.Contains("outside <#" + FakeDiscordIds.Channel + ">'s topics: none of dam, bike lanes appears", filtered, StringComparison.Ordinal);
        Assert.StartsWith("That URL repeats the text of “Karsten dam fails, four Valdora villages under water”", duplicate, StringComparison.Ordinal);
        Assert.Contains("was delivered to", duplicate, StringComparison.Ordinal);
    }

    private static ArticleDraft Draft(string url, string title, string site, string body) => new()
    {
        Url = url,
        Title = title,
        SiteName = site,
        Paragraphs = [body],
        Origin = "url",
    };

    private async Task<string> ExplainAsync(string url) =>
        DiscordBodies.VisibleText(await CommandAsync(new FakeSlashCommand("digest", "explain", ("url", 3, url))));

    /// <summary>The command's first visible answer, however it went out (in the acknowledgement, an edit or a follow-up).</summary>
    private async Task<JsonNode?> CommandAsync(FakeSlashCommand command)
    {
        var interaction = await DiscordServer.SendCommandAsync(command, CancellationToken.None);
        return (await DiscordServer.WaitForAnswerAsync(interaction, Timeout)).BodyNode;
    }

    /// <summary>Moves the clock past 08:00, one check interval at a time, until the digest reaches the channel.</summary>
    private async Task<RecordedRequest> PassEightAsync()
    {
        _clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(30));
        for (var check = 0; check < 10; check++)
        {
            try
            {
                return await DiscordServer.WaitForRequestAsync(IsDigestPost, TimeSpan.FromSeconds(2));
            }
            catch (TimeoutException)
            {
                _clock.Advance(CheckInterval);
            }
        }

        return await DiscordServer.WaitForRequestAsync(IsDigestPost, Timeout);
    }

    private static bool IsDigestPost(RecordedRequest request) =>
        request.Is("POST", DiscordBodies.ChannelMessages) && request.Path == $"/channels/{FakeDiscordIds.Channel}/messages" && request.Status == 200;
}
