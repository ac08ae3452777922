using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// The long-form set's matching rules (shared/eval/README.md), kept exactly so our figures compare with independent
/// scoring: lowercase [a-z0-9]+ tokens; an item covers a gold span at token F1 >= 0.5, or when it has 5+ tokens and
/// at least 60% of them occur in the span; two points are redundant at content-word Jaccard >= 0.5.
/// </summary>
public static partial class LongformTokens
{
    public const double CoverF1 = 0.5;
    public const int ContainmentMinTokens = 5;
    public const double ContainmentShare = 0.6;
    public const double RedundantJaccard = 0.5;

    public static List<string> Tokenize(string text) => [.. Token().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    public static double F1(IReadOnlyList<string> candidate, IReadOnlyList<string> reference) =>
        Rouge.N(candidate, reference, 1).F1;

    public static double F1(string candidate, string reference) => F1(Tokenize(candidate), Tokenize(reference));

    /// <summary>Does <paramref name="item"/> cover the gold <paramref name="span"/>?</summary>
    public static bool Covers(string item, string span)
    {
        var itemTokens = Tokenize(item);
        var spanTokens = Tokenize(span);
        if (F1(itemTokens, spanTokens) >= CoverF1)
        {
            return true;
        }
        return itemTokens.Count >= ContainmentMinTokens && TokensIn(itemTokens, spanTokens) >= ContainmentShare * itemTokens.Count;
    }

    /// <summary>The share of the item's tokens that occur in the span (0 for an empty item).</summary>
    public static double Containment(string item, string span)
    {
        var itemTokens = Tokenize(item);
        return itemTokens.Count == 0 ? 0 : (double)TokensIn(itemTokens, Tokenize(span)) / itemTokens.Count;
    }

    private static int TokensIn(List<string> item, List<string> span)
    {
        var inSpan = span.ToHashSet(StringComparer.Ordinal);
        return item.Count(inSpan.Contains);
    }

    /// <summary>Jaccard of the two texts' content words (tokens that are not English stop words).</summary>
    public static double ContentJaccard(string a, string b)
    {
        var x = ContentWords(a);
        var y = ContentWords(b);
        var union = x.Union(y).Count();
        return union == 0 ? 0 : (double)x.Intersect(y).Count() / union;
    }

    /// <summary>Pairs of texts whose content-word Jaccard is at or above the redundancy threshold.</summary>
    public static int RedundantPairs(IReadOnlyList<string> items)
    {
        var pairs = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                pairs += ContentJaccard(items[i], items[j]) >= RedundantJaccard ? 1 : 0;
            }
        }
        return pairs;
    }

    private static HashSet<string> ContentWords(string text) =>
        Tokenize(text).Where(t => !StopWords.IsEnglishStopWord(t)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Token();
}
