using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests.Commands;

/// <summary>The autocomplete suggester in the real host, on both providers: scope, the value round trip, and its own budget.</summary>
public sealed class ArticleSuggesterTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_suggested_query_value_summarizes_exactly_that_article_and_other_scopes_are_never_offered(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        var store = bot.Host.Services.GetRequiredService<IArticleStore>();
        var suggester = bot.Host.Services.GetRequiredService<ArticleSuggester>();
        var ofA = (await store.SaveAsync(TestArticles.Tides.In(ArticleScope.Guild(ScopedBot.GuildA)), None)).ArticleId;
        await store.SaveAsync(TestArticles.Bridges.In(ArticleScope.Guild(ScopedBot.GuildB)), None);
        var ofUser = (await store.SaveAsync(TestArticles.Megaphone.In(ArticleScope.DirectMessages(30)), None)).ArticleId;

        var inA = await suggester.SuggestAsync(new SuggestionRequest("summarize", null, "query", "", ArticleScope.Guild(ScopedBot.GuildA), 10), None);
        var inB = await suggester.SuggestAsync(new SuggestionRequest("summarize", null, "query", "tide", ArticleScope.Guild(ScopedBot.GuildB), 20), None);
        var inDm = await suggester.SuggestAsync(new SuggestionRequest("summarize", null, "query", "", ArticleScope.DirectMessages(30), 30), None);

        var only = Assert.Single(inA);
        Assert.Equal(new Suggestion("Why Tide Gauges Deserve a Bigger Budget", $"#{ofA}"), only);
        Assert.Empty(inB);
        Assert.Equal([$"#{ofUser}"], inDm.Select(s => s.Value));
        // What Discord sends back when the suggestion is picked names that article, not a search for its title.
        var reply = await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", only.Value)));
        Assert.Equal(ofA, reply.ThreadArticleId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Autocomplete_has_its_own_budget_and_never_spends_the_model_backed_permits(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider, new Dictionary<string, string?>
        {
            ["Commands:RateLimitPermits"] = "1", ["Commands:AutocompletePermits"] = "3",
        });
        var store = bot.Host.Services.GetRequiredService<IArticleStore>();
        var suggester = bot.Host.Services.GetRequiredService<ArticleSuggester>();
        await store.SaveAsync(TestArticles.Tides.In(ArticleScope.Guild(ScopedBot.GuildA)), None);
        var request = new SuggestionRequest("summarize", null, "query", "tid", ArticleScope.Guild(ScopedBot.GuildA), 10);

        var counts = new List<int>();
        for (var i = 0; i < 4; i++) counts.Add((await suggester.SuggestAsync(request, None)).Count);
        var other = await suggester.SuggestAsync(request with { UserId = 11 }, None);
        var summary = await bot.SendAsync(ScopedBot.InA("summarize", options: ("query", "tide gauges")));

        Assert.Equal([1, 1, 1, 0], counts);
        Assert.Single(other);
        Assert.NotNull(summary.ThreadArticleId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Options_the_catalogue_does_not_mark_get_nothing(string provider)
    {
        await using var bot = await ScopedBot.StartAsync(fixture, provider);
        await bot.Host.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, None);
        var suggester = bot.Host.Services.GetRequiredService<ArticleSuggester>();

        foreach (var (command, subcommand, option) in new[] { ("summarize", (string?)null, "length"), ("library", null, "id"), ("library", "search", "query"), ("nope", null, "query"), ("summarize", "remove", "query") })
        {
            Assert.Empty(await suggester.SuggestAsync(new SuggestionRequest(command, subcommand, option, "", ArticleScope.Guild(ScopedBot.GuildA), 10), None));
        }
        Assert.Single(await suggester.SuggestAsync(new SuggestionRequest("library", "remove", "id", "", ArticleScope.Global, 10), None));
    }
}
