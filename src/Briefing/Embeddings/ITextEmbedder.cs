namespace Briefing.Embeddings;

/// <summary>Turns texts into unit-length vectors. Small on purpose: tests use a deterministic fake where the real model is too slow.</summary>
public interface ITextEmbedder
{
    /// <summary>The model's name and version, stored with every vector: a change of model re-embeds the library.</summary>
    string Model { get; }

    int Dimensions { get; }

    /// <summary>One vector of <see cref="Dimensions"/> per text, in order, each of length 1.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
