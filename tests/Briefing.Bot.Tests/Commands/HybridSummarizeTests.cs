using Briefing.Retrieval;
using Briefing.Storage;

namespace Briefing.Bot.Tests.Commands;

/// <summary>/summarize on the real local embedding model (six short demo articles: a few seconds on shared cores).</summary>
public sealed class HybridSummarizeTests
{
    [Fact]
    public async Task Summarize_with_a_paraphrase_finds_the_article_it_means()
    {
        await using var bot = await BotTestHost.StartAsync(configuration: new Dictionary<string, string?> { ["Retrieval:Embedder"] = "minilm" });
        await bot.Services.GetRequiredService<EmbeddingIndexer>().IndexPendingAsync(CancellationToken.None);
        // No demo article holds a word of the query, so lexical search alone finds nothing.
        const string query = "Why is the DPRK stalling?";
        var lexical = await bot.Services.GetRequiredService<IArticleStore>().SearchAsync(query, 1, 3, CancellationToken.None);

        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", query)), CancellationToken.None);

        Assert.Equal(0, await bot.Services.GetRequiredService<EmbeddingIndexer>().CountPendingAsync(CancellationToken.None));
        Assert.Empty(lexical);
        Assert.Equal("Pyongyang's 'No Talks' Statement Is a Bid for Time", Assert.Single(Assert.Single(reply.Messages).Cards).Title);
    }
}
