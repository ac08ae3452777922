using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Finds the conceded view inside a sentence, as a span of it: "Admittedly X, but Y" → X; "Although X, Y" → X;
/// "Y, even if X" → even if X; "I think that although X, Y" → although X.
/// </summary>
internal static class ConcessionSpans
{
    public static readonly string[][] Openers = Phrases.Split("although", "though", "even though", "even if", "while", "whereas");

    public static readonly string[][] Inside = Phrases.Split("even if", "even though", "although", "unless");

    /// <summary>Does the sentence carry a conceded clause of its own ("Although X, Y"; "Y, even if X")?</summary>
    public static bool HasClause(string sentence)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Phrases.Lower(sentence, words);
        if (Phrases.StartsWithAny(lower, 0, Openers) > 0)
        {
            return sentence.IndexOf(',', words.Count > 2 ? words[2].Start : 0) > 0;
        }
        for (var w = 3; w < lower.Length; w++)
        {
            if (Phrases.StartsWithAny(lower, w, Inside) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The conceded view inside a counterpoint sentence, relative to the sentence.</summary>
    public static TextSpan Of(string sentence)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Phrases.Lower(sentence, words);
        if (Phrases.StartsWithAny(lower, 0, Openers) > 0)
        {
            var comma = sentence.IndexOf(',', words.Count > 2 ? words[2].Start : 0);
            return comma > 0 ? new TextSpan(0, comma) : new TextSpan(0, sentence.Length);
        }
        for (var w = 3; w < lower.Length; w++)
        {
            if (Phrases.StartsWithAny(lower, w, Inside) > 0)
            {
                // "I think that although X, Y": the concession ends at its comma.
                var comma = lower[w - 1] == "that" ? sentence.IndexOf(',', words[w].Start) : -1;
                return comma > 0 ? new TextSpan(words[w].Start, comma - words[w].Start) : new TextSpan(words[w].Start, sentence.Length - words[w].Start);
            }
        }
        var but = FindContrast(sentence, words.Count > 3 ? words[3].Start : sentence.Length);
        return but > 0 ? new TextSpan(0, but) : new TextSpan(0, sentence.Length);
    }

    private static int FindContrast(string sentence, int from)
    {
        foreach (var marker in (string[])[", but ", "; but ", " but ", ", yet ", "; however", ", however", " - but "])
        {
            var at = sentence.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return at;
            }
        }
        return -1;
    }
}
