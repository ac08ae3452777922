using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Narrows a sentence to the part that carries the claim, always as a span of the sentence so the quote stays
/// verbatim: a thesis loses its framing ("In conclusion, I believe that ..."), a counterpoint is cut to the
/// conceded clause ("Admittedly X, but Y" → X; "Although X, Y" → X; "..., even if X" → even if X).
/// </summary>
internal static class ClaimSpans
{
    private static readonly string[][] Framing = Split(
        "in conclusion", "to conclude", "to sum up", "to summarize", "in summary", "in short", "in sum", "all in all",
        "overall", "in a nutshell", "therefore", "thus", "hence", "consequently", "ultimately", "so", "but", "and",
        "however", "in my opinion", "in my view", "from my point of view", "personally", "for these reasons",
        "for all these reasons", "for the reasons above", "for the above reasons", "i strongly believe that",
        "i firmly believe that", "i believe that", "i strongly believe", "i believe", "i think that", "i think",
        "i would argue that", "i argue that", "i agree that", "i am convinced that", "it is clear that",
        "the point is that", "the point is", "the main message is that", "the bottom line is that");

    private static readonly string[][] ConcessiveOpeners = Split("although", "though", "even though", "even if", "while", "whereas");

    private static readonly string[][] ConcessiveInside = Split("even if", "even though", "although", "unless");

    /// <summary>The claim inside a thesis sentence, relative to the sentence.</summary>
    public static TextSpan Thesis(string sentence)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Lower(sentence, words);
        var first = 0;
        if (StartsWithAny(lower, 0, ConcessiveOpeners) > 0)
        {
            var comma = sentence.IndexOf(',');
            var afterComma = comma < 0 ? -1 : words.FindIndex(w => w.Start > comma);
            first = afterComma > 0 && words.Count - afterComma >= 4 ? afterComma : 0;
        }
        first = SkipFramingPhrase(sentence, words, lower, first);
        for (var matched = StartsWithAny(lower, first, Framing); matched > 0; matched = StartsWithAny(lower, first, Framing))
        {
            if (words.Count - (first + matched) < 4)
            {
                break;
            }
            first += matched;
        }
        var start = first == 0 ? 0 : words[first].Start;
        var end = SubordinateTail(sentence, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Does the sentence carry a conceded clause of its own ("Although X, Y"; "Y, even if X")?</summary>
    public static bool HasConcessiveClause(string sentence)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Lower(sentence, words);
        if (StartsWithAny(lower, 0, ConcessiveOpeners) > 0)
        {
            return sentence.IndexOf(',', words.Count > 2 ? words[2].Start : 0) > 0;
        }
        for (var w = 3; w < lower.Length; w++)
        {
            if (StartsWithAny(lower, w, ConcessiveInside) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The conceded view inside a counterpoint sentence, relative to the sentence.</summary>
    public static TextSpan Concession(string sentence)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Lower(sentence, words);
        if (StartsWithAny(lower, 0, ConcessiveOpeners) > 0)
        {
            var comma = sentence.IndexOf(',', words.Count > 2 ? words[2].Start : 0);
            return comma > 0 ? new TextSpan(0, comma) : new TextSpan(0, sentence.Length);
        }
        for (var w = 3; w < lower.Length; w++)
        {
            if (StartsWithAny(lower, w, ConcessiveInside) > 0)
            {
                return TrimmedTail(sentence, words[w].Start);
            }
        }
        var but = FindContrast(sentence, words.Count > 3 ? words[3].Start : sentence.Length);
        return but > 0 ? new TextSpan(0, but) : new TextSpan(0, sentence.Length);
    }

    private static readonly HashSet<string> FramingWords = ["reasons", "conclusion", "above", "sum", "summary", "all", "considering", "given", "based", "overall", "opinion", "view"];

    // "Based on the reasons demonstrated above, ..." : an introductory phrase that only frames the claim.
    private static int SkipFramingPhrase(string sentence, List<TextSpan> words, string[] lower, int first)
    {
        if (first >= words.Count)
        {
            return first;
        }
        var comma = sentence.IndexOf(',', words[first].Start);
        var afterComma = comma < 0 ? -1 : words.FindIndex(w => w.Start > comma);
        if (afterComma <= first || afterComma - first > 10 || words.Count - afterComma < 4)
        {
            return first;
        }
        for (var w = first; w < afterComma; w++)
        {
            if (FramingWords.Contains(lower[w]))
            {
                return afterComma;
            }
        }
        return first;
    }

    // ", even if ...", ", as too much TV ...": a concession or reason attached to the claim, not the claim itself.
    private static int SubordinateTail(string sentence, int start)
    {
        foreach (var marker in (string[])[", even if ", ", even though ", ", although ", ", though ", ", unless ", ", as ", ", because ", ", since ", ", but ", ", whereas ", ", while ", " because "])
        {
            var at = sentence.IndexOf(marker, start, StringComparison.OrdinalIgnoreCase);
            if (at > start && Text.WordTokenizer.CountWords(sentence.AsSpan(start, at - start)) >= 4)
            {
                return at;
            }
        }
        return sentence.Length;
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

    private static TextSpan TrimmedTail(string sentence, int start) => new(start, sentence.Length - start);

    private static string[] Lower(string sentence, List<TextSpan> words) =>
        [.. words.Select(w => sentence.Substring(w.Start, w.Length).ToLowerInvariant())];

    private static int StartsWithAny(string[] lower, int at, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > lower.Length)
            {
                continue;
            }
            var matched = true;
            for (var k = 0; k < phrase.Length && matched; k++)
            {
                matched = lower[at + k] == phrase[k];
            }
            if (matched)
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    private static string[][] Split(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];
}
