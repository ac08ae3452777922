using Briefing.Bot.Composition;
using Briefing.Bot.Hosting;
using Briefing.Discord.Interactions;
using Briefing.Embeddings;

namespace Briefing.Bot.Tests.Hosting;

/// <summary>
/// The background indexer gives way to interactions, on the fake clock: before every model call it waits while an
/// interaction is in hand or one arrived less than a second ago, and a lane that never goes quiet still gets one call per
/// 30 s. Each check that the model was NOT called first waits until the indexer has armed its next look at the lane, so
/// the call cannot have been made and be on its way. The library is stored before the host starts, so the pass at start
/// finds it; the other periodic services look at odd intervals, so none of their timers falls due with one of those looks.
/// </summary>
public sealed class IndexerYieldTests
{
    private static readonly TimeSpan IndexInterval = TimeSpan.FromSeconds(31.013);

    [Fact]
    public async Task The_indexer_waits_while_an_interaction_is_in_hand_and_a_second_after_the_last_arrival_then_embeds()
    {
        var lane = new SettableInteractionActivity { InHand = 1 };
        var embedder = new CountingEmbedder();
        using var folder = await DemoLibraryFolderAsync();
        await using var bot = await StartAsync(folder, lane, embedder);

        await PassLooksAgainAsync(bot, times: 8);
        Assert.Equal(0, embedder.Calls);

        // The handler finished, but a refusal went out just now: a burst may still be arriving.
        lane.LastArrivedAt = bot.Time.GetUtcNow();
        lane.InHand = 0;
        await PassLooksAgainAsync(bot, times: 3);
        Assert.Equal(0, embedder.Calls);

        bot.Time.Advance(InteractionYield.Step);
        // Six demo articles, two per call (Retrieval:IndexBatchSize): three calls, each after a look at the quiet lane.
        await embedder.WaitForCallsAsync(3);
    }

    [Fact]
    public async Task A_lane_that_is_never_quiet_still_gets_one_model_call_every_thirty_seconds()
    {
        var lane = new SettableInteractionActivity { InHand = 5 };
        var embedder = new CountingEmbedder();
        using var folder = await DemoLibraryFolderAsync();
        await using var bot = await StartAsync(folder, lane, embedder);

        var looksPerWait = (int)(InteractionYield.MaxWait / InteractionYield.Step);
        await PassLooksAgainAsync(bot, times: looksPerWait - 1);
        Assert.Equal(0, embedder.Calls);

        bot.Time.Advance(InteractionYield.Step);
        await embedder.WaitForCallsAsync(1);
        // The next call waits its own 30 s.
        await PassLooksAgainAsync(bot, times: looksPerWait - 1);
        Assert.Equal(1, embedder.Calls);
    }

    /// <summary>A folder whose database holds the demo library, none of it embedded (the host that loaded it had no embedder).</summary>
    private static async Task<TempDirectory> DemoLibraryFolderAsync()
    {
        var folder = TempDirectory.Create("bot");
        await (await BotTestHost.StartAsync(BotMode.Console, folder: folder.Path)).DisposeAsync();
        return folder;
    }

    private static Task<BotTestHost> StartAsync(TempDirectory folder, SettableInteractionActivity lane, CountingEmbedder embedder) => BotTestHost.StartAsync(
        BotMode.Console,
        new Dictionary<string, string?>
        {
            ["Retrieval:Embedder"] = "minilm",
            ["Retrieval:IndexInterval"] = IndexInterval.ToString(),
            ["Retrieval:IndexBatchSize"] = "2",
            ["Digests:CheckInterval"] = "00:00:07.013",
            ["Feeds:CheckInterval"] = "00:00:13.007",
        },
        services =>
        {
            services.AddSingleton<ITextEmbedder>(embedder);
            services.AddSingleton<IInteractionActivity>(lane);
        },
        folder: folder.Path);

    /// <summary>Each time: waits until the indexer has armed its next look at the lane, then lets that look happen.</summary>
    private static async Task PassLooksAgainAsync(BotTestHost bot, int times)
    {
        for (var look = 0; look < times; look++)
        {
            await bot.Time.WaitForTimerAsync(bot.Time.GetUtcNow() + InteractionYield.Step);
            bot.Time.Advance(InteractionYield.Step);
        }

        await bot.Time.WaitForTimerAsync(bot.Time.GetUtcNow() + InteractionYield.Step);
    }

    private sealed class SettableInteractionActivity : IInteractionActivity
    {
        public int InHand { get; set; }

        public DateTimeOffset? LastArrivedAt { get; set; }
    }

    /// <summary>Counts model calls and returns a fixed unit vector per text.</summary>
    private sealed class CountingEmbedder : ITextEmbedder
    {
        private readonly SemaphoreSlim _called = new(0);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public string Model => "counting@1";

        public int Dimensions => 4;

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            _called.Release();
            return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(_ => new[] { 0.5f, 0.5f, 0.5f, 0.5f }).ToList());
        }

        public async Task WaitForCallsAsync(int count)
        {
            for (var call = 0; call < count; call++)
            {
                Assert.True(await _called.WaitAsync(TimeSpan.FromSeconds(20)), $"the model was called {Calls} time(s), expected {count}");
            }
        }
    }
}
