namespace Briefing.Evaluation;

/// <summary>Precision, recall and F1 of one overlap comparison (all in [0, 1]).</summary>
public readonly record struct OverlapScore(double Precision, double Recall, double F1)
{
    public static OverlapScore FromCounts(int overlap, int candidateTotal, int referenceTotal)
    {
        if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0)
        {
            return default;
        }
        var precision = (double)overlap / candidateTotal;
        var recall = (double)overlap / referenceTotal;
        return new OverlapScore(precision, recall, 2 * precision * recall / (precision + recall));
    }
}
