using Briefing.Embeddings;
using Briefing.Retrieval;

namespace Briefing.Tests.Retrieval;

/// <summary>
/// A deterministic stand-in for the real model: words map to concepts through a small synonym table (so
/// "Pyongyang" and "North Korea" meet), other words hash to a dimension; the count vector is normalised.
/// </summary>
internal sealed class ConceptEmbedder(string model = "concept-test@1") : ITextEmbedder
{
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.Ordinal)
    {
        ["pyongyang"] = "korea", ["korea"] = "korea", ["korean"] = "korea", ["kim"] = "korea",
        ["diplomacy"] = "talks", ["talks"] = "talks", ["negotiations"] = "talks", ["dialogue"] = "talks",
        ["election"] = "vote", ["vote"] = "vote", ["ballot"] = "vote", ["campaign"] = "vote",
        ["orchards"] = "fruit", ["orchard"] = "fruit", ["apricots"] = "fruit", ["cherries"] = "fruit", ["fruit"] = "fruit",
    };

    public int Calls { get; private set; }

    /// <summary>The next call throws, as a model that failed to load or run would.</summary>
    public bool FailNext { get; set; }

    public string Model { get; } = model;

    public int Dimensions => 64;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Calls++;
        if (FailNext)
        {
            FailNext = false;
            throw new InvalidOperationException("The test embedder was told to fail.");
        }

        return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(Embed).ToList());
    }

    private float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length > 3);
        foreach (var word in words)
        {
            var key = Concepts.GetValueOrDefault(word, word);
            // Concept words weigh more than the rest, as topic words do in a real model.
            vector[(int)((uint)StableHash(key) % (uint)Dimensions)] += Concepts.ContainsKey(word) ? 3f : 1f;
        }

        return Briefing.Embeddings.EmbeddingVector.Normalize(vector);
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
