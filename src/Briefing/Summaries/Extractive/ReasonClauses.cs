using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// The reasons a claim gives for itself in the same sentence: "X should be Y, because A and B" → A, B. When the
/// thesis quotes only X, these clauses are the author's points as much as any sentence of their own.
/// </summary>
internal static class ReasonClauses
{
    private static readonly string[] Markers = [", because ", " because ", ", since "];

    // Fewer words than this after "since" or on one side of an "and" is not a clause ("since 2010", "cats and dogs").
    private const int MinClauseWords = 3;

    /// <summary>The reason clauses after the first reason marker at or after <paramref name="from"/>, as spans of the sentence.</summary>
    public static List<TextSpan> Of(string sentence, int from)
    {
        var (at, length) = Markers.Select(m => (At: sentence.IndexOf(m, from, StringComparison.OrdinalIgnoreCase), m.Length))
            .Where(m => m.At >= from).OrderBy(m => m.At).FirstOrDefault();
        if (length == 0)
        {
            return [];
        }
        var start = at + length;
        var end = sentence.TrimEnd().TrimEnd('.', '!', ';', ' ').Length;
        if (end <= start || WordTokenizer.CountWords(sentence.AsSpan(start, end - start)) < MinClauseWords)
        {
            return [];
        }
        // "because A and B": two reasons when each side is a clause of its own.
        var and = sentence.IndexOf(" and ", start, end - start, StringComparison.Ordinal);
        if (and > start && WordTokenizer.CountWords(sentence.AsSpan(start, and - start)) >= MinClauseWords
            && WordTokenizer.CountWords(sentence.AsSpan(and + 5, end - and - 5)) >= MinClauseWords)
        {
            var left = sentence.AsSpan(start, and - start).TrimEnd(',').Length;
            return [new TextSpan(start, left), new TextSpan(and + 5, end - and - 5)];
        }
        return [new TextSpan(start, end - start)];
    }
}
