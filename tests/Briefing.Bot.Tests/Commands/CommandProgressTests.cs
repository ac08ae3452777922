using System.Collections.Concurrent;
using System.Text.Json;
using Briefing.Bot.Commands;
using Briefing.Models.Prompts;
using Briefing.Storage;
using Briefing.Summaries;
using Microsoft.Extensions.AI;

namespace Briefing.Bot.Tests.Commands;

/// <summary>Handlers report status lines only for slow work: a fetch or a model call, never a cache hit.</summary>
public sealed class CommandProgressTests : IAsyncLifetime
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Night Trains Deserve Track Priority</title></head>
        <body><article><h1>Night Trains Deserve Track Priority</h1>
        <p>I argue that night trains will only succeed if they get priority over freight on shared track, because delays of an hour wipe out the time they save.</p>
        <p>Critics say freight pays more for the track. However, night trains carry passengers who would otherwise fly.</p>
        </article></body></html>
        """;

    private static readonly Dictionary<string, string?> ModelSettings = new()
    {
        ["OpenAI:ApiKey"] = "test-key", ["OpenAI:Model"] = "fake-model", ["OpenAI:MaxRetries"] = "0",
    };

    private LoopbackServer _site = null!;

    public async Task InitializeAsync() => _site = await LoopbackServer.StartWithPageAsync("/night-trains", Page);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_URL_query_reports_reading_it_and_the_extractive_engine_reports_nothing_more()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);
        var url = _site.BaseUrl + "/night-trains";
        var lines = new ConcurrentQueue<string>();

        var reply = await bot.Dispatcher.DispatchAsync(
            BotTestHost.Invocation("summarize", options: ("query", url)) with { Progress = new CallbackProgress<string>(lines.Enqueue) }, CancellationToken.None);

        Assert.NotNull(reply.ThreadName);
        Assert.Equal([$"Reading {url}…"], lines);
    }

    [Fact]
    public async Task A_library_match_summarized_by_the_model_reports_summarizing_its_title_and_a_cache_hit_reports_nothing()
    {
        var chat = new Mock<IChatClient>();
        await using var bot = await BotTestHost.StartAsync(configuration: ModelSettings, configure: services => services.AddSingleton(chat.Object));
        var article = (await bot.Services.GetRequiredService<IArticleStore>().GetAsync(
            (await bot.Services.GetRequiredService<IArticleStore>().SearchAsync("north korea", 1, 1, CancellationToken.None))[0].ArticleId, CancellationToken.None))!;
        chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, SummaryJson(article.Paragraphs))) { FinishReason = ChatFinishReason.Stop });
        var invocation = BotTestHost.Invocation("summarize", options: ("query", "north korea"));

        var first = new ConcurrentQueue<string>();
        var fresh = await bot.Dispatcher.DispatchAsync(invocation with { Progress = new CallbackProgress<string>(first.Enqueue) }, CancellationToken.None);
        var again = new ConcurrentQueue<string>();
        var cached = await bot.Dispatcher.DispatchAsync(invocation with { Progress = new CallbackProgress<string>(again.Enqueue) }, CancellationToken.None);

        Assert.Contains("Engine: model", Assert.Single(Assert.Single(fresh.Messages).Cards).Footer, StringComparison.Ordinal);
        Assert.Equal([$"Summarizing “{article.Title}”…"], first);
        Assert.Contains("Engine: model", Assert.Single(Assert.Single(cached.Messages).Cards).Footer, StringComparison.Ordinal);
        Assert.Empty(again);
        chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_summary_already_in_the_cache_calls_no_model_and_reports_nothing()
    {
        var chat = new Mock<IChatClient>(MockBehavior.Strict);
        await using var bot = await BotTestHost.StartAsync(configuration: ModelSettings, configure: services => services.AddSingleton(chat.Object));
        var store = bot.Services.GetRequiredService<IArticleStore>();
        var article = (await store.GetAsync((await store.SearchAsync("north korea", 1, 1, CancellationToken.None))[0].ArticleId, CancellationToken.None))!;
        var extractive = await bot.Services.GetRequiredService<IExtractiveSummarizer>().SummarizeAsync(article, SummaryLength.Standard, CancellationToken.None);
        var key = new SummaryCacheKey(article.ContentHash, SummaryService.ModelEngine, "fake-model", bot.Services.GetRequiredService<PromptLibrary>().Summarize.Hash, SummaryLength.Standard);
        await bot.Services.GetRequiredService<ISummaryCache>().PutAsync(key, extractive with { Engine = "model:fake-model" }, CancellationToken.None);
        var lines = new ConcurrentQueue<string>();

        var reply = await bot.Dispatcher.DispatchAsync(
            BotTestHost.Invocation("summarize", options: ("query", "north korea")) with { Progress = new CallbackProgress<string>(lines.Enqueue) }, CancellationToken.None);

        Assert.NotNull(reply.ThreadName);
        Assert.Empty(lines);
    }

    [Fact]
    public void Status_lines_shape_titles_like_the_replies_do()
    {
        var title = "A   title\nwith breaks " + new string('x', 200);

        var line = ProgressText.Summarizing(title, 2, 5);

        Assert.StartsWith("Summarizing “A title with breaks", line, StringComparison.Ordinal);
        Assert.EndsWith("…” (part 2 of 5)…", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    // A model answer whose quotes are verbatim openings of the article's paragraphs, so the verifier keeps them.
    private static string SummaryJson(IReadOnlyList<string> paragraphs)
    {
        static object Item(string text, IReadOnlyList<string> paragraphs, int index) => new
        {
            text, quote = string.Join(' ', paragraphs[index].Split(' ').Take(8)), paragraph = index + 1,
        };
        return JsonSerializer.Serialize(new
        {
            thesis = Item("The statement buys time.", paragraphs, 0),
            points = new[] { Item("The second paragraph makes a point.", paragraphs, 1) },
            counterpoints = Array.Empty<object>(),
        });
    }
}
