namespace Briefing.Evaluation;

/// <summary>Bag-of-words F1 between two texts (lowercase alphanumeric tokens): the claim-match measure.</summary>
public static class TokenF1
{
    /// <summary>Two texts are taken to state the same claim at or above this F1.</summary>
    public const double MatchThreshold = 0.5;

    public static double Score(string candidate, string reference) => Rouge.N(candidate, reference, 1).F1;

    public static double Best(string candidate, IEnumerable<string> references) =>
        references.Select(r => Score(candidate, r)).DefaultIfEmpty(0).Max();

    public static bool Matches(string candidate, IEnumerable<string> references) => Best(candidate, references) >= MatchThreshold;
}
