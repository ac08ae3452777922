using Briefing.Text;
using Briefing.Articles;
using Briefing.Embeddings;
using Briefing.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Retrieval;

/// <summary>
/// Lexical search and embedding search, fused by reciprocal rank. Articles without a vector yet are still found
/// lexically; a library with no vectors (or an embedder that fails) is searched lexically only.
/// </summary>
public sealed class HybridRetriever(
    IArticleStore articles,
    IArticleEmbeddingStore embeddings,
    VectorIndex index,
    ITextEmbedder embedder,
    IOptions<RetrievalOptions> options,
    ILogger<HybridRetriever> logger) : IArticleRetriever
{
    // A story's other copies are looked for a little past the page, so a duplicate ranked just below still folds in.
    private const int DuplicateReach = 2;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0 || !SearchQueries.HasSearchableWords(query))
        {
            return [];
        }

        var settings = options.Value;
        var candidates = Math.Max(limit * DuplicateReach, settings.Candidates);
        var lexical = await articles.SearchAsync(query, scope, candidates, cancellationToken).ConfigureAwait(false);
        var semantic = await NearestAsync(query, scope, candidates, cancellationToken).ConfigureAwait(false);
        if (semantic is null)
        {
            return SameStory.Collapse(lexical, new Dictionary<long, float[]>(), settings.DuplicateSimilarity, limit);
        }

        var fused = ReciprocalRankFusion.Fuse([lexical.Select(h => h.ArticleId).ToList(), semantic.Select(m => m.ArticleId).ToList()], settings.FusionK)
            .Take(limit * DuplicateReach)
            .ToList();
        var vectors = semantic.ToDictionary(m => m.ArticleId, m => m.Vector);
        // The other results' vectors come from the index in memory (the same rows the scan compared), not the database.
        foreach (var (id, vector) in index.Vectors(fused.Select(f => f.Id).Where(id => !vectors.ContainsKey(id)), embedder.Model))
        {
            vectors[id] = vector;
        }

        var lexicalHits = lexical.ToDictionary(h => h.ArticleId);
        // Results found by meaning alone are shown by how they open: one query for all of them.
        var openings = (await articles.GetOpeningsAsync(fused.Select(f => f.Id).Where(id => !lexicalHits.ContainsKey(id)).ToList(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(o => o.ArticleId);
        var hits = new List<SearchHit>(fused.Count);
        foreach (var (id, score) in fused)
        {
            if (lexicalHits.TryGetValue(id, out var hit))
            {
                hits.Add(hit with { Score = score });
            }
            else if (openings.TryGetValue(id, out var opening))
            {
                hits.Add(new SearchHit(id, opening.Title, opening.Url, Lead(opening.FirstParagraph), score));
            }
        }

        return SameStory.Collapse(hits, vectors, settings.DuplicateSimilarity, limit);
    }

    /// <summary>The nearest articles by embedding, or null when there is nothing to compare with (no vectors, no embedder).</summary>
    private async Task<IReadOnlyList<EmbeddingMatch>?> NearestAsync(string query, ArticleScope scope, int candidates, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Until the indexer has stored a vector of this model there is nothing to compare with: skip loading the model.
        if (!settings.UsesEmbeddings || (!index.Holds(embedder.Model) && !await embeddings.AnyAsync(embedder.Model, cancellationToken).ConfigureAwait(false)))
        {
            return null;
        }

        float[] vector;
        try
        {
            vector = (await embedder.EmbedAsync([query], cancellationToken).ConfigureAwait(false))[0];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RetrievalLog.QueryEmbeddingFailed(logger, ex);
            return null;
        }

        return await index.NearestAsync(vector, embedder.Model, scope, candidates, settings.MinSimilarity, cancellationToken).ConfigureAwait(false);
    }

    private const int LeadLength = 200;

    // A hit found by meaning alone has no matched words to show, so it shows how the article opens.
    private static string Lead(string first) => TextCut.Truncate(first, LeadLength);
}
