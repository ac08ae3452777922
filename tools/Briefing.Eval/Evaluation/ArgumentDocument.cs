using System.Text.Json.Serialization;

namespace Briefing.Evaluation;

/// <summary>
/// One argumentative text of the evaluation set with its gold major claims and counterpoints, and the claims and
/// premises that argue for them (the units a supporting point should come from).
/// </summary>
public sealed record ArgumentDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("major_claims")] IReadOnlyList<string> MajorClaims,
    [property: JsonPropertyName("counterpoints")] IReadOnlyList<string> Counterpoints)
{
    // Optional in the file (absent from older records), so init properties rather than constructor parameters.
    [JsonPropertyName("claims")]
    public IReadOnlyList<string> Claims { get; init; } = [];

    [JsonPropertyName("premises")]
    public IReadOnlyList<string> Premises { get; init; } = [];

    /// <summary>
    /// Claims and premises that are not counterpoints: the essays list an opposing claim among the claims (stance
    /// "Against") and as a counterpoint, and a point quoting it argues against the thesis, not for it.
    /// </summary>
    public IReadOnlyList<string> SupportingUnits() =>
        [.. Claims.Concat(Premises).Where(u => !Counterpoints.Contains(u, StringComparer.Ordinal))];
}
