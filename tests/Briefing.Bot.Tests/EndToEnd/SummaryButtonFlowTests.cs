using System.Text.Json.Nodes;
using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Storage;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>The buttons under a summary, clicked through the fake Discord: update in place (type 7) or answer privately (type 4).</summary>
public sealed class SummaryButtonFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task A_summary_has_its_four_buttons_and_Shorter_replaces_it_in_place_with_a_shorter_summary_and_adjusted_buttons()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);

        var (messageId, posted) = await SummarizeAsync("bridges repair budget");

        Assert.Equal(
        [
            ($"b1:shorter:{articleId}:standard", "Shorter", false), ($"b1:longer:{articleId}:standard", "Longer", false),
            ($"b1:counterpoints:{articleId}:standard", "Counterpoints", false), ($"b1:sources:{articleId}:standard", "Sources", false),
        ], FakeComponentClicks.Buttons(posted));
        // The thread is opened on the summary right after it is posted.
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        var click = await DiscordServer.ClickAsync(messageId, $"b1:shorter:{articleId}:standard", CancellationToken.None);
        var callback = await CallbackAsync(click);

        Assert.Equal(7, (int?)callback["type"]);
        Assert.True(click.AckLatency < TimeSpan.FromSeconds(3), $"answered after {click.AckLatency}");
        var data = callback["data"]!.AsObject();
        Assert.Null(data["flags"]);
        Assert.Empty((JsonArray)data["allowed_mentions"]!["parse"]!);
        var updated = DiscordServer.World.Message(messageId)!;
        Assert.Equal("Bridges Before Ribbons", (string?)updated["embeds"]![0]!["title"]);
        Assert.True(KeyPoints(updated) < KeyPoints(posted), $"short has {KeyPoints(updated)} points, standard {KeyPoints(posted)}");
        Assert.True(DiscordBodies.VisibleText(updated).Length < DiscordBodies.VisibleText(posted).Length);
        var buttons = FakeComponentClicks.Buttons(updated);
        Assert.Contains(($"b1:shorter:{articleId}:short", "Shorter", true), buttons);
        Assert.Contains(($"b1:longer:{articleId}:short", "Longer", false), buttons);
        // The message keeps its thread: a new length opens no second one.
        Assert.Equal(1, DiscordServer.Requests.Count(r => r.Is("POST", DiscordBodies.ThreadFromMessage)));
    }

    [Fact]
    public async Task Counterpoints_and_Sources_answer_the_clicker_alone_with_quotes_paragraph_numbers_and_the_cited_paragraphs_in_full()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var (messageId, posted) = await SummarizeAsync("bridges repair budget");
        var article = (await bot.Service<IArticleStore>().GetAsync(articleId, CancellationToken.None))!;
        var summary = await bot.Service<ISummarizer>().SummarizeAsync(article, SummaryLength.Standard, CancellationToken.None);
        Assert.NotEmpty(summary.Counterpoints);

        var counterpoints = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:counterpoints:{articleId}:standard", CancellationToken.None));
        var sources = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:sources:{articleId}:standard", CancellationToken.None));

        foreach (var callback in new[] { counterpoints, sources })
        {
            Assert.Equal(4, (int?)callback["type"]);
            Assert.Equal(64, (int?)callback["data"]!["flags"]);
            Assert.Empty((JsonArray)callback["data"]!["allowed_mentions"]!["parse"]!);
        }
        var counterText = DiscordBodies.VisibleText(counterpoints);
        foreach (var item in summary.Counterpoints)
        {
            Assert.Contains(item.Text, counterText, StringComparison.Ordinal);
            Assert.Contains($"(¶{item.Paragraph})", counterText, StringComparison.Ordinal);
        }
        // Only the objections: the thesis is not among them.
        Assert.DoesNotContain(summary.Thesis.Text, counterText, StringComparison.Ordinal);
        var sourceText = DiscordBodies.VisibleText(sources);
        foreach (var paragraph in SummaryDetailsReply.CitedParagraphs(summary))
        {
            Assert.Contains($"¶{paragraph}", sourceText, StringComparison.Ordinal);
            Assert.Contains(article.Paragraphs[paragraph - 1], sourceText, StringComparison.Ordinal);
        }
        // The summary everyone sees is untouched.
        Assert.Equal(DiscordBodies.VisibleText(posted), DiscordBodies.VisibleText(DiscordServer.World.Message(messageId)));
    }

    [Theory]
    [InlineData("b0:shorter:{id}:standard")]
    [InlineData("b2:shorter:{id}:standard")]
    [InlineData("b1:explode:{id}:standard")]
    [InlineData("b1:shorter:{id}:tiny")]
    [InlineData("b1:shorter:0{id}:standard")]
    [InlineData("b1:shorter:{id}:standard:extra")]
    [InlineData("b1:Shorter:{id}:standard")]
    [InlineData("b1:shorter:99999999999999999999:standard")]
    [InlineData("b1:shorter:-{id}:standard")]
    public async Task A_forged_or_old_custom_id_on_a_real_summary_is_answered_as_expired_and_changes_nothing(string pattern)
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var (messageId, posted) = await SummarizeAsync("bridges repair budget");

        var callback = await CallbackAsync(await DiscordServer.ClickAsync(messageId, pattern.Replace("{id}", articleId.ToString(), StringComparison.Ordinal), CancellationToken.None));

        Assert.Equal(4, (int?)callback["type"]);
        Assert.Equal(64, (int?)callback["data"]!["flags"]);
        Assert.Equal(ComponentInteractionHandler.ExpiredText, (string?)callback["data"]!["content"]);
        Assert.Equal(posted.ToJsonString(), DiscordServer.World.Message(messageId)!.ToJsonString());
    }

    [Fact]
    public async Task A_click_on_a_removed_article_and_ones_naming_another_servers_or_a_DM_article_get_the_same_short_private_note()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var elsewhere = await bot.AddArticleAsync(TestArticles.Tides with { GuildId = FakeDiscordIds.Guild + 1 });
        // The clicker's own direct-message article: private to their DMs, so not this server's either.
        var privateToDms = await bot.AddArticleAsync(TestArticles.Megaphone with { OwnerUserId = FakeDiscordIds.User });
        var (messageId, _) = await SummarizeAsync("bridges repair budget");
        Assert.True(await bot.Service<IArticleStore>().RemoveAsync(articleId, ArticleScope.Global, CancellationToken.None));

        var removed = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:shorter:{articleId}:standard", CancellationToken.None));
        var otherServer = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:sources:{elsewhere}:standard", CancellationToken.None));
        var dmOnly = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:counterpoints:{privateToDms}:standard", CancellationToken.None));
        var neverExisted = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:longer:{elsewhere + 1000}:standard", CancellationToken.None));

        foreach (var callback in new[] { removed, otherServer, dmOnly, neverExisted })
        {
            Assert.Equal(4, (int?)callback["type"]);
            Assert.Equal(64, (int?)callback["data"]!["flags"]);
            Assert.Equal(SummaryActionHandler.GoneText, (string?)callback["data"]!["content"]);
        }
        Assert.DoesNotContain("Tide", DiscordBodies.VisibleText(otherServer), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_second_identical_click_is_served_from_the_summary_cache_and_computes_nothing()
    {
        CountingExtractiveSummarizer counting = null!;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, configure: services => counting = CountingExtractiveSummarizer.Install(services));
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var (first, _) = await SummarizeAsync("bridges repair budget");
        var (second, _) = await SummarizeAsync("bridges repair budget");

        await CallbackAsync(await DiscordServer.ClickAsync(first, $"b1:shorter:{articleId}:standard", CancellationToken.None));
        var afterFirstClick = counting.Computed;
        var repeat = await CallbackAsync(await DiscordServer.ClickAsync(second, $"b1:shorter:{articleId}:standard", CancellationToken.None));

        Assert.Equal(7, (int?)repeat["type"]);
        Assert.Equal(afterFirstClick, counting.Computed);
        Assert.Equal(DiscordBodies.VisibleText(DiscordServer.World.Message(first)), DiscordBodies.VisibleText(DiscordServer.World.Message(second)));
    }

    [Fact]
    public async Task Clicks_take_permits_of_the_same_per_user_limit_as_commands()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath,
            settings: new Dictionary<string, string?> { ["Commands:RateLimitPermits"] = "1", ["Commands:RateLimitWindow"] = "01:00:00" });
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var (messageId, posted) = await SummarizeAsync("bridges repair budget");

        var callback = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:longer:{articleId}:standard", CancellationToken.None));

        Assert.Equal(4, (int?)callback["type"]);
        Assert.Equal(64, (int?)callback["data"]!["flags"]);
        Assert.StartsWith("You're asking faster than I can read.", (string?)callback["data"]!["content"], StringComparison.Ordinal);
        Assert.Equal(posted.ToJsonString(), DiscordServer.World.Message(messageId)!.ToJsonString());
    }

    [Fact]
    public async Task A_click_whose_work_fails_gets_a_private_apology_with_a_reference_that_is_in_the_log_and_the_summary_stays()
    {
        GatedExtractiveSummarizer gated = null!;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, configure: s => gated = GatedExtractiveSummarizer.Install(s));
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var (messageId, posted) = await SummarizeAsync("bridges repair budget");
        gated.Break(new InvalidOperationException("the engine broke"));

        var callback = await CallbackAsync(await DiscordServer.ClickAsync(messageId, $"b1:shorter:{articleId}:standard", CancellationToken.None));

        Assert.Equal(4, (int?)callback["type"]);
        Assert.Equal(64, (int?)callback["data"]!["flags"]);
        var reference = System.Text.RegularExpressions.Regex.Match((string)callback["data"]!["content"]!, "Reference: `([0-9a-f]{8})`");
        Assert.True(reference.Success, (string?)callback["data"]!["content"]);
        Assert.DoesNotContain("engine broke", (string?)callback["data"]!["content"], StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Exception is not null && log.Message.Contains(reference.Groups[1].Value, StringComparison.Ordinal));
        Assert.Equal(posted.ToJsonString(), DiscordServer.World.Message(messageId)!.ToJsonString());
    }

    private async Task<(ulong MessageId, JsonObject Message)> SummarizeAsync(string query)
    {
        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", query), CancellationToken.None);
        await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        var id = interaction.OriginalMessageId!.Value;
        return (id, DiscordServer.World.Message(id)!);
    }

    private async Task<JsonObject> CallbackAsync(FakeInteraction interaction) =>
        (await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout)).BodyObject!;

    private static int KeyPoints(JsonObject message)
    {
        var field = ((JsonArray)message["embeds"]![0]!["fields"]!).OfType<JsonObject>().Single(f => (string?)f["name"] == "Key points");
        return ((string)field["value"]!).Split('\n').Count(line => line.Length > 0 && char.IsDigit(line[0]));
    }
}
