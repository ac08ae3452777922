namespace Briefing.Evaluation;

/// <summary>ROUGE-1/2/L F1 (in [0, 1]) of one candidate against one reference.</summary>
public readonly record struct RougeScores(double Rouge1, double Rouge2, double RougeL)
{
    public static RougeScores Of(string candidate, string reference) =>
        new(Rouge.N(candidate, reference, 1).F1, Rouge.N(candidate, reference, 2).F1, Rouge.L(candidate, reference).F1);
}
