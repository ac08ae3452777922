using Briefing.Bot.Composition;
using Briefing.Bot.Hosting;
using Briefing.Embeddings;
using Briefing.Retrieval;

namespace Briefing.Bot.Tests.Hosting;

/// <summary>The running bot embeds its library in the background, on its own clock, not on the ingest path.</summary>
public sealed class EmbeddingIndexerServiceTests
{
    [Fact]
    public async Task The_running_bot_embeds_the_demo_library_in_the_background()
    {
        var embedder = new RecordingEmbedder(expected: 6);
        await using var bot = await BotTestHost.StartAsync(
            BotMode.Console,
            new Dictionary<string, string?> { ["Retrieval:Embedder"] = "minilm", ["Retrieval:IndexInterval"] = "00:00:30" },
            services => services.AddSingleton<ITextEmbedder>(embedder));

        // The first pass may run before the demo library is loaded; the next tick finds it.
        bot.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.True(await embedder.AllSeen.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains(embedder.Texts, t => t.StartsWith("Pyongyang's 'No Talks' Statement Is a Bid for Time.", StringComparison.Ordinal));
    }

    /// <summary>Returns one fixed unit vector per text and records what it was asked to embed.</summary>
    private sealed class RecordingEmbedder(int expected) : ITextEmbedder
    {
        private readonly TaskCompletionSource<bool> _allSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<string> _texts = [];

        public Task<bool> AllSeen => _allSeen.Task;

        public IReadOnlyList<string> Texts
        {
            get
            {
                lock (_texts)
                {
                    return _texts.ToList();
                }
            }
        }

        public string Model => "recording@1";

        public int Dimensions => 4;

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            lock (_texts)
            {
                _texts.AddRange(texts);
                if (_texts.Distinct().Count() >= expected)
                {
                    _allSeen.TrySetResult(true);
                }
            }

            return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(_ => new[] { 0.5f, 0.5f, 0.5f, 0.5f }).ToList());
        }
    }
}
