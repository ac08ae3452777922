using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// ROUGE-N and ROUGE-L over lowercase alphanumeric tokens (<see cref="WordTokenizer"/>), without stemming or
/// stop-word removal. ROUGE-L is the longest common subsequence of the whole token sequences (not the
/// sentence-split "summary-level" variant), so it runs a little below published ROUGE-Lsum figures.
/// </summary>
public static class Rouge
{
    public static OverlapScore N(string candidate, string reference, int n) =>
        N(WordTokenizer.Tokenize(candidate), WordTokenizer.Tokenize(reference), n);

    public static OverlapScore N(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        var candidateGrams = Grams(candidate, n);
        var referenceGrams = Grams(reference, n);
        var overlap = 0;
        foreach (var (gram, count) in candidateGrams)
        {
            overlap += Math.Min(count, referenceGrams.GetValueOrDefault(gram));
        }
        return OverlapScore.FromCounts(overlap, Math.Max(0, candidate.Count - n + 1), Math.Max(0, reference.Count - n + 1));
    }

    public static OverlapScore L(string candidate, string reference) =>
        L(WordTokenizer.Tokenize(candidate), WordTokenizer.Tokenize(reference));

    public static OverlapScore L(IReadOnlyList<string> candidate, IReadOnlyList<string> reference)
    {
        // Two rows of the LCS table are enough: memory stays linear in the reference length.
        var previous = new int[reference.Count + 1];
        var current = new int[reference.Count + 1];
        foreach (var word in candidate)
        {
            for (var j = 1; j <= reference.Count; j++)
            {
                current[j] = word == reference[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return OverlapScore.FromCounts(previous[reference.Count], candidate.Count, reference.Count);
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }
        return grams;
    }
}
