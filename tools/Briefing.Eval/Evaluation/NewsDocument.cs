using System.Text.Json.Serialization;

namespace Briefing.Evaluation;

/// <summary>One news article of the evaluation set with its reference summary and published systems' outputs.</summary>
public sealed record NewsDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("reference")] string Reference,
    [property: JsonPropertyName("system_outputs")] IReadOnlyDictionary<string, string>? SystemOutputs);
