namespace Briefing.Evaluation;

/// <summary>Long-form figures summed over a set of documents (the whole dev set, or one random half of it).</summary>
public sealed record LongformSetResult(IReadOnlyList<LongformDocumentScore> Scores)
{
    public IEnumerable<LongformDocumentScore> Explicit => Scores.Where(s => s.HasExplicitClaim);

    public IEnumerable<LongformDocumentScore> ImplicitOnly => Scores.Where(s => !s.HasExplicitClaim);

    public double ExplicitThesis(Func<ThesisHits, bool> hit) => Share(Explicit.ToList(), s => hit(s.Thesis));

    public double ImplicitThesis(Func<ThesisHits, bool> hit) => Share(ImplicitOnly.ToList(), s => hit(s.Thesis));

    /// <summary>The best of the three position baselines on explicit claims.</summary>
    public double BestPositionThesis => new[]
    {
        ExplicitThesis(h => h.FirstSentence), ExplicitThesis(h => h.FirstBodySentence), ExplicitThesis(h => h.LastSentence),
    }.Max();

    public int Premises => Scores.Sum(s => s.Premises);

    public double PointRecall => Ratio(Scores.Sum(s => s.PremisesCovered), Premises);

    public double LeadPointRecall => Ratio(Scores.Sum(s => s.LeadPremisesCovered), Premises);

    public int PointsReturned => Scores.Sum(s => s.PointsReturned);

    public double PointPrecision => Ratio(Scores.Sum(s => s.PointsCovering), PointsReturned);

    public double LeadPointPrecision => Ratio(Scores.Sum(s => s.LeadPointsCovering), PointsReturned);

    public int Rebuttals => Scores.Sum(s => s.Rebuttals);

    public int RebuttalsCovered => Scores.Sum(s => s.RebuttalsCovered);

    public int CounterpointsReturned => Scores.Sum(s => s.CounterpointsReturned);

    public int CounterpointsCovering => Scores.Sum(s => s.CounterpointsCovering);

    public double CounterpointCoverage => Ratio(RebuttalsCovered, Rebuttals);

    public double CounterpointPrecision => Ratio(CounterpointsCovering, CounterpointsReturned);

    /// <summary>Documents without a gold rebuttal that still got counterpoints, of all documents without one.</summary>
    public (int WithCounterpoints, int Documents) SpuriousCounterpoints =>
        (Scores.Count(s => s.Rebuttals == 0 && s.CounterpointsReturned > 0), Scores.Count(s => s.Rebuttals == 0));

    public int RedundantPairs => Scores.Sum(s => s.RedundantPairs);

    public int LeadRedundantPairs => Scores.Sum(s => s.LeadRedundantPairs);

    public double Spread => Scores.Where(s => s.IsLong).Select(s => (double)s.Spread).DefaultIfEmpty(0).Average();

    public double LeadSpread => Scores.Where(s => s.IsLong).Select(s => (double)s.LeadSpread).DefaultIfEmpty(0).Average();

    private static double Share(List<LongformDocumentScore> scores, Func<LongformDocumentScore, bool> hit) =>
        scores.Count == 0 ? 0 : (double)scores.Count(hit) / scores.Count;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
