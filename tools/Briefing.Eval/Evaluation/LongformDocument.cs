using System.Text.Json.Serialization;

namespace Briefing.Evaluation;

/// <summary>
/// One long-form web argument (a blog post or article) with Toulmin-style gold: explicit claims, paraphrases of
/// implicit ones, premises (Premise and Backing spans), rebuttals (opposing views the author weighs) and refutations.
/// </summary>
public sealed record LongformDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("major_claims")] IReadOnlyList<string> MajorClaims,
    [property: JsonPropertyName("major_claim_paraphrases")] IReadOnlyList<string> MajorClaimParaphrases,
    [property: JsonPropertyName("premises")] IReadOnlyList<string> Premises,
    [property: JsonPropertyName("counterpoints")] IReadOnlyList<string> Counterpoints)
{
    /// <summary>Paragraph count from the file; long docs (6+) are the ones whose point spread is measured.</summary>
    [JsonPropertyName("paragraphs")]
    public int Paragraphs { get; init; }

    /// <summary>Refutation spans: the author's answers to the rebuttals (read only by the miss diagnostic).</summary>
    [JsonPropertyName("refutations")]
    public IReadOnlyList<string> Refutations { get; init; } = [];
}
