using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Bot.Tests.Commands;

/// <summary>
/// /summarize with text instead of words to search: which option wins, where pasted text is stored (the guild's library,
/// or in a DM the user's own), who puts it in the digest, and that the same text handed over twice is one article.
/// </summary>
public sealed class SummarizeTextCommandTests
{
    private const string Pasted =
        "Cities should stop building parking garages downtown, because every new space invites another car into streets that are already full. "
        + "The garages cost more per space than a year of free bus passes for the people who would park there. Critics say drivers from the villages "
        + "have no other way in. That is true today, but a park-and-ride at the ring road serves them better than a garage at the centre.";

    [Fact]
    public async Task Query_and_file_together_are_refused_in_one_line()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: [("query", "parking"), ("file", "77")]), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal("Give /summarize either query: or file:, not both.", Assert.Single(reply.Messages).Content);
    }

    [Fact]
    public async Task A_file_option_without_an_attached_file_points_to_pasting_the_text()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("file", "notes.txt")), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("file: takes a file attached in Discord.", Assert.Single(reply.Messages).Content, StringComparison.Ordinal);
        Assert.Null(reply.ThreadName);
    }

    [Fact]
    public async Task Pasted_text_in_a_direct_message_is_the_users_own_and_the_same_text_twice_is_one_article()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);
        var inDm = BotTestHost.Invocation("summarize", options: ("query", Pasted)) with { GuildId = null };

        var first = await bot.Dispatcher.DispatchAsync(inDm, CancellationToken.None);
        var again = await bot.Dispatcher.DispatchAsync(inDm with { Options = new Dictionary<string, string> { ["query"] = "  " + Pasted.Replace(". ", ".  ", StringComparison.Ordinal) } }, CancellationToken.None);

        Assert.NotNull(first.ThreadArticleId);
        Assert.Equal(first.ThreadArticleId, again.ThreadArticleId);
        var store = bot.Services.GetRequiredService<IArticleStore>();
        var stored = await store.GetAsync(first.ThreadArticleId!.Value, CancellationToken.None);
        Assert.Equal(10UL, stored!.OwnerUserId);
        Assert.Null(stored.GuildId);
        Assert.Equal("pasted text", stored.SiteName);
        Assert.Empty(await store.ListAsync(ArticleScope.Guild(1), 10, CancellationToken.None));
        Assert.Empty(await store.ListAsync(ArticleScope.DirectMessages(11), 10, CancellationToken.None));
    }

    [Fact]
    public async Task A_managers_pasted_text_enters_the_digest_and_a_members_does_not()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);
        var other = Pasted.Replace("parking garages", "car parks", StringComparison.Ordinal);

        var member = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", Pasted)), CancellationToken.None);
        var manager = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", canManage: true, options: ("query", other)), CancellationToken.None);

        var store = bot.Services.GetRequiredService<IArticleStore>();
        Assert.False((await store.GetAsync(member.ThreadArticleId!.Value, CancellationToken.None))!.InDigest);
        Assert.True((await store.GetAsync(manager.ThreadArticleId!.Value, CancellationToken.None))!.InDigest);
    }

    [Fact]
    public async Task Pasted_text_is_offered_no_titles_to_replace_it_while_typed_words_are()
    {
        await using var bot = await BotTestHost.StartAsync();
        var suggester = bot.Services.GetRequiredService<Briefing.Bot.Commands.ArticleSuggester>();
        var pasted = "Pyongyang says no talks. " + Pasted;

        var forWords = await suggester.SuggestAsync(new Briefing.Bot.Commands.SuggestionRequest("summarize", null, "query", "Pyongyang", ArticleScope.Guild(1), 10), CancellationToken.None);
        var forText = await suggester.SuggestAsync(new Briefing.Bot.Commands.SuggestionRequest("summarize", null, "query", pasted, ArticleScope.Guild(1), 10), CancellationToken.None);

        Assert.NotEmpty(forWords);
        Assert.Empty(forText);
    }
}
