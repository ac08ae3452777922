using Briefing.Feeds;

namespace Briefing.Bot.Tests.Commands;

public sealed class LibraryAndFeedsCommandTests
{
    [Fact]
    public async Task Feeds_list_shows_the_failure_state_and_the_last_error()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);
        var store = bot.Services.GetRequiredService<IFeedStore>();
        var healthy = await store.AddAsync("https://example.org/healthy.xml", 1, bot.Time.GetUtcNow(), CancellationToken.None);
        await store.RecordSuccessAsync(healthy.Id, "Healthy Feed", null, null, null, bot.Time.GetUtcNow(), bot.Time.GetUtcNow().AddMinutes(30), CancellationToken.None);
        var broken = await store.AddAsync("https://example.org/broken.xml", 1, bot.Time.GetUtcNow(), CancellationToken.None);
        await store.RecordFailureAsync(broken.Id, "https://example.org/broken.xml: unparsable feed", bot.Time.GetUtcNow(), bot.Time.GetUtcNow().AddHours(1), disable: true, CancellationToken.None);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("feeds", "list", canManage: true), CancellationToken.None);

        var lines = Assert.Single(reply.Messages).Content!.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("Healthy Feed", StringComparison.Ordinal) && l.Contains("ok, polled 2026-06-08 06:00 UTC", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("DISABLED", StringComparison.Ordinal) && l.EndsWith("last error: https://example.org/broken.xml: unparsable feed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Library_search_and_remove_work_in_the_guild_scope()
    {
        await using var bot = await BotTestHost.StartAsync();

        var search = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("library", "search", options: ("query", "fibre network")), CancellationToken.None);
        var hit = Assert.Single(search.Messages).Cards.Single().Fields.First();
        Assert.Contains("Cities Should Build the Pipes", hit.Name, StringComparison.Ordinal);
        var id = hit.Name.Split(' ')[0].TrimStart('#');

        // Demo articles are global: a guild may not remove them.
        var refused = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("library", "remove", canManage: true, options: ("id", id)), CancellationToken.None);
        Assert.Equal($"There is no article #{id} that this server can remove.", Assert.Single(refused.Messages).Content);
    }

    [Fact]
    public async Task Library_search_of_only_common_words_gets_a_one_line_hint()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("library", "search", options: ("query", "the is with ?!")), CancellationToken.None);

        var message = Assert.Single(reply.Messages);
        Assert.Equal(Briefing.Storage.SearchQueries.NoSearchableWordsHint, message.Content);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Help_lists_every_command_of_the_catalogue()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("help"), CancellationToken.None);

        var names = Assert.Single(Assert.Single(reply.Messages).Cards).Fields.Select(f => f.Name.Split(' ')[0]);
        Assert.Equal(Briefing.Bot.Commands.CommandCatalogue.All.Select(c => "/" + c.Name), names);
    }
}
