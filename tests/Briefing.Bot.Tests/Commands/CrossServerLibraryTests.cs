using Briefing.Articles;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests.Commands;

/// <summary>
/// Every library path through the command handlers, on both providers: server A never reaches server B's articles,
/// and an article brought in from a direct message stays with the user who brought it.
/// </summary>
public sealed class CrossServerLibraryTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Server_A_cannot_summarize_search_ask_about_or_remove_server_Bs_article(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        var store = bot.Host.Services.GetRequiredService<IArticleStore>();
        var ofB = (await store.SaveAsync(TestArticles.Tides.In(ArticleScope.Guild(ScopedBot.GuildB)), None)).ArticleId;
        var id = ofB.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var byId = await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", "#" + id)));
        var byWords = await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", "tide gauges")));
        var search = await bot.SendAsync(ScopedBot.InA("library", "search", options: ("query", "tide gauges")));
        var ask = await bot.SendAsync(ScopedBot.InA("ask", options: ("question", "Why do tide gauges deserve a bigger budget?")));
        var remove = await bot.SendAsync(ScopedBot.InA("library", "remove", canManage: true, options: ("id", id)));

        Assert.StartsWith("Nothing in the library matches", Text(byId), StringComparison.Ordinal);
        Assert.StartsWith("Nothing in the library matches", Text(byWords), StringComparison.Ordinal);
        Assert.StartsWith("Nothing matches", Text(search), StringComparison.Ordinal);
        Assert.StartsWith("Nothing in the library speaks to that question", Text(ask), StringComparison.Ordinal);
        Assert.Equal($"There is no article #{id} that this server can remove.", Text(remove));
        Assert.NotNull(await store.GetAsync(ofB, None));
        // Nor does anyone from a direct message.
        Assert.StartsWith("Nothing in the library matches", Text(await bot.SendAsync(ScopedBot.InDirectMessage(20, "summarize", options: ("query", "#" + id)))), StringComparison.Ordinal);
        Assert.StartsWith("Nothing matches", Text(await bot.SendAsync(ScopedBot.InDirectMessage(20, "library", "search", options: ("query", "tide gauges")))), StringComparison.Ordinal);
        // Server B itself reaches it.
        Assert.Equal(ofB, (await bot.SendAsync(ScopedBot.InB("summarize", options: ("query", "#" + id)))).ThreadArticleId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_link_summarized_in_a_direct_message_belongs_to_that_user_and_no_server_or_other_user_sees_it(string provider)
    {
        await using var site = await LoopbackServer.StartWithPageAsync("/night-trains", Pages.NightTrains);
        await using var bot = await ScopedBot.StartAsync(fixture, provider);

        var summary = await bot.SendAsync(ScopedBot.InDirectMessage(10, "summarize", options: ("query", site.BaseUrl + "/night-trains")));

        var articleId = summary.ThreadArticleId!.Value;
        var stored = await bot.Host.Services.GetRequiredService<IArticleStore>().GetAsync(articleId, None);
        Assert.Null(stored!.GuildId);
        Assert.Equal(10UL, stored.OwnerUserId);
        var id = "#" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var elsewhere in new[] { ScopedBot.InA("summarize", options: ("query", id)), ScopedBot.InDirectMessage(11, "summarize", options: ("query", id)) })
        {
            Assert.StartsWith("Nothing in the library matches", Text(await bot.SendAsync(elsewhere)), StringComparison.Ordinal);
        }

        Assert.StartsWith("Nothing matches", Text(await bot.SendAsync(ScopedBot.InA("library", "search", options: ("query", "night trains")))), StringComparison.Ordinal);
        Assert.StartsWith("Nothing matches", Text(await bot.SendAsync(ScopedBot.InDirectMessage(11, "library", "search", options: ("query", "night trains")))), StringComparison.Ordinal);
        Assert.StartsWith("Nothing in the library speaks", Text(await bot.SendAsync(ScopedBot.InA("ask", options: ("question", "Should night trains get priority?")))), StringComparison.Ordinal);
        Assert.StartsWith("Nothing new since", Text(await bot.SendAsync(ScopedBot.InA("digest", "preview"))), StringComparison.Ordinal);
        // The user who brought it in still finds it in their direct messages.
        var own = await bot.SendAsync(ScopedBot.InDirectMessage(10, "library", "search", options: ("query", "night trains")));
        Assert.Contains("Night Trains Deserve Track Priority", Assert.Single(Assert.Single(own.Messages).Cards).Fields[0].Name, StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_members_link_is_searchable_but_enters_the_digest_only_when_a_manager_adds_it(string provider)
    {
        await using var site = await LoopbackServer.StartWithPageAsync("/night-trains", Pages.NightTrains);
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        var url = site.BaseUrl + "/night-trains";

        var summary = await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", url)));

        Assert.NotNull(summary.ThreadArticleId);
        var search = await bot.SendAsync(ScopedBot.InA("library", "search", options: ("query", "night trains")));
        Assert.Contains("Night Trains Deserve Track Priority", Assert.Single(Assert.Single(search.Messages).Cards).Fields[0].Name, StringComparison.Ordinal);
        Assert.StartsWith("Nothing new since", Text(await bot.SendAsync(ScopedBot.InA("digest", "preview"))), StringComparison.Ordinal);

        var added = await bot.SendAsync(ScopedBot.InA("library", "add", canManage: true, options: ("url", url)));

        Assert.StartsWith($"Added #{summary.ThreadArticleId}:", Text(added), StringComparison.Ordinal);
        Assert.Contains("Night Trains Deserve Track Priority", PreviewText(await bot.SendAsync(ScopedBot.InA("digest", "preview"))), StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_managers_own_link_enters_the_digest_at_once(string provider)
    {
        await using var site = await LoopbackServer.StartWithPageAsync("/night-trains", Pages.NightTrains);
        await using var bot = await ScopedBot.StartAsync(fixture, provider);

        await bot.SendAsync(ScopedBot.InA("summarize", canManage: true, options: ("query", site.BaseUrl + "/night-trains")));

        Assert.Contains("Night Trains Deserve Track Priority", PreviewText(await bot.SendAsync(ScopedBot.InA("digest", "preview"))), StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task With_Library_MemberLinksInDigest_a_members_link_enters_the_digest(string provider)
    {
        await using var site = await LoopbackServer.StartWithPageAsync("/night-trains", Pages.NightTrains);
        await using var bot = await ScopedBot.StartAsync(fixture, provider, new Dictionary<string, string?> { ["Library:MemberLinksInDigest"] = "true" });

        await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", site.BaseUrl + "/night-trains")));

        Assert.Contains("Night Trains Deserve Track Priority", PreviewText(await bot.SendAsync(ScopedBot.InA("digest", "preview"))), StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_server_re_adding_a_changed_global_article_gets_its_own_copy_and_the_global_one_stays_for_everyone_else(string provider)
    {
        await using var site = await LoopbackServer.StartWithPageAsync("/night-trains", Pages.NightTrains);
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        var store = bot.Host.Services.GetRequiredService<IArticleStore>();
        var url = site.BaseUrl + "/night-trains";
        // The global library (CLI ingest without --guild) holds an earlier text of the page.
        var global = (await store.SaveAsync(TestArticles.Tides with { Url = url, Title = "Night Trains, first edition" }, None)).ArticleId;

        var added = await bot.SendAsync(ScopedBot.InA("library", "add", canManage: true, options: ("url", url)));

        // "Added #12: Night Trains Deserve Track Priority. Try /summarize query:12."
        Assert.StartsWith("Added #", Text(added), StringComparison.Ordinal);
        var copy = long.Parse(Text(added)["Added #".Length..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(global, copy);
        Assert.Equal(ScopedBot.GuildA, (await store.GetAsync(copy, None))!.GuildId);
        var original = await store.GetAsync(global, None);
        Assert.Equal("Night Trains, first edition", original!.Title);
        Assert.Null(original.GuildId);
        Assert.Equal(TestArticles.Tides.Paragraphs[0], original.Paragraphs[0]);
        Assert.Equal(copy, (await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", "night trains")))).ThreadArticleId);
        Assert.Equal(global, (await bot.SendAsync(ScopedBot.InB("summarize", options: ("query", "night trains")))).ThreadArticleId);
    }

    private static string Text(Briefing.Bot.Commands.BotReply reply) => Assert.Single(reply.Messages).Content!;

    private static string PreviewText(Briefing.Bot.Commands.BotReply reply) =>
        string.Join('\n', reply.Messages.SelectMany(m => m.Cards).SelectMany(c => c.Fields).Select(f => f.Name + " " + f.Value));
}
