using System.ComponentModel.DataAnnotations;

namespace Briefing.Retrieval;

/// <summary>Hybrid retrieval: which embedder, how the background indexer paces itself, how rankings fuse.</summary>
public sealed class RetrievalOptions
{
    public const string Section = "Retrieval";

    /// <summary><c>minilm</c> (the local model), <c>openai</c> (the embeddings endpoint of the configured OpenAI-compatible
    /// server) or <c>none</c> (lexical only).</summary>
    [Required, RegularExpression("^(?i)(minilm|openai|none)$", ErrorMessage = "Retrieval:Embedder must be minilm, openai or none.")]
    public string Embedder { get; set; } = "minilm";

    /// <summary>The embeddings model asked for when <see cref="Embedder"/> is <c>openai</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string EmbeddingModel { get; set; } = "text-embedding-3-small";

    /// <summary>Vector length asked of the <c>openai</c> embedder (sent as <c>dimensions</c>); a server that answers with
    /// another length has those vectors refused, and the article stays findable lexically.</summary>
    [Range(16, 4096)]
    public int EmbeddingDimensions { get; set; } = 512;

    /// <summary>How often the indexer looks for articles without a vector.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan IndexInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Articles embedded in one model call (and one store round).</summary>
    [Range(1, 256)]
    public int IndexBatchSize { get; set; } = 16;

    /// <summary>How long the indexer holds the articles it took (PostgreSQL, several instances): longer than embedding one
    /// batch can take; an instance that stops mid-batch leaves its articles to the others after this.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan IndexClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A result found only by embedding must be at least this similar (cosine) to the query.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilarity { get; set; } = 0.25;

    /// <summary>Two results at least this similar (cosine), or with the same title, are one story from several sites.</summary>
    [Range(0.5, 1.0)]
    public double DuplicateSimilarity { get; set; } = 0.93;

    /// <summary>Candidates each ranking contributes before fusion.</summary>
    [Range(1, 1000)]
    public int Candidates { get; set; } = 30;

    /// <summary>The k of reciprocal rank fusion (1 / (k + rank)); 60 is the value of the original paper.</summary>
    [Range(1, 1000)]
    public int FusionK { get; set; } = 60;

    public bool UsesEmbeddings => !string.Equals(Embedder, "none", StringComparison.OrdinalIgnoreCase);

    public bool UsesOpenAIEmbeddings => string.Equals(Embedder, "openai", StringComparison.OrdinalIgnoreCase);
}
