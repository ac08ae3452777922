using System.Text.Json.Serialization;

namespace Briefing.Evaluation;

/// <summary>One argumentative text of the evaluation set with its gold major claims and counterpoints.</summary>
public sealed record ArgumentDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("major_claims")] IReadOnlyList<string> MajorClaims,
    [property: JsonPropertyName("counterpoints")] IReadOnlyList<string> Counterpoints);
