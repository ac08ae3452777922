using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Narrows a sentence to the part that carries the claim, always as a span of the sentence so the quote stays
/// verbatim: the framing goes ("In conclusion, I believe that ..."), and so does a conceded clause, which
/// <see cref="ConcessionSpans"/> quotes as a counterpoint.
/// </summary>
internal static class ClaimSpans
{
    private static readonly string[][] Framing = Phrases.Split(
        "in conclusion", "to conclude", "to sum up", "to summarize", "in summary", "in short", "in sum", "all in all",
        "overall", "in a nutshell", "on balance", "on the whole", "all things considered", "as far as i am concerned", "therefore", "thus", "hence", "consequently", "ultimately", "so", "but", "and",
        "however", "in my opinion", "in my view", "from my point of view", "personally", "for these reasons",
        "for all these reasons", "for the reasons above", "for the above reasons", "i strongly believe that",
        "i firmly believe that", "i believe that", "i strongly believe", "i believe", "i think that", "i think",
        "i would argue that", "i argue that", "i assert that", "i contend that", "i maintain that", "i am of the opinion that", "i agree that", "i am convinced that", "it is clear that",
        "the point is that", "the point is", "the main message is that", "the bottom line is that");

    /// <summary>The claim inside a thesis sentence, relative to the sentence.</summary>
    public static TextSpan Thesis(string sentence)
    {
        var claim = Claim(sentence, cutTail: true);
        // Cut from the middle of a sentence, a few words opening on a pronoun lean on what was cut ("If we had chosen
        // X, that would be one thing."): such a thesis keeps its whole sentence.
        return claim.Start > 0 && OpensOnPronoun(sentence, claim) ? new TextSpan(0, sentence.TrimEnd().Length) : claim;
    }

    /// <summary>
    /// Does the claim lean on the sentence before it? After its framing ("But in my view, ...") only a few words are
    /// left, and they open on a pronoun ("it should start earlier"): what "it" is, the sentence before says.
    /// </summary>
    public static bool LeansOnPrevious(string sentence)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Phrases.Lower(sentence, words);
        // Only the framing phrases are skipped: a pronoun after a clause of the same sentence ("If X, that would be
        // one thing.") points back into that sentence, not to the one before.
        var first = 0;
        for (var matched = Phrases.StartsWithAny(lower, 0, Framing); matched > 0; matched = Phrases.StartsWithAny(lower, first, Framing))
        {
            first += matched;
        }
        return first > 0 && first < words.Count && OpensOnPronoun(sentence, new TextSpan(words[first].Start, sentence.Length - words[first].Start));
    }

    private static bool OpensOnPronoun(string sentence, TextSpan claim)
    {
        var words = WordTokenizer.Tokenize(sentence.AsSpan(claim.Start, claim.Length));
        return words.Count <= ShortClaimWords && words.Count > 0 && (words[0] == "it" || RefersBack.Contains(words[0]));
    }

    /// <summary>
    /// The claim inside a sentence without the framing; with <paramref name="cutTail"/> also without an attached
    /// concession or reason. Reporting keeps the tail: in news ", but his lawyer said ..." is part of the story.
    /// </summary>
    public static TextSpan Claim(string sentence, bool cutTail)
    {
        var words = WordTokenizer.Spans(sentence);
        var lower = Phrases.Lower(sentence, words);
        var first = 0;
        if (Phrases.StartsWithAny(lower, 0, ConcessionSpans.Openers) > 0)
        {
            var comma = sentence.IndexOf(',');
            var afterComma = comma < 0 ? -1 : words.FindIndex(w => w.Start > comma);
            first = afterComma > 0 && words.Count - afterComma >= 4 ? afterComma : 0;
        }
        first = SkipFraming(sentence, words, lower, first);
        if (cutTail)
        {
            var afterContrast = AfterConcededClause(sentence, words, lower, first);
            // "X, but they do not show Y": a clause opening on a pronoun leans on X for its meaning, so it cannot
            // stand alone as the claim; the sentence keeps both halves.
            afterContrast = afterContrast < words.Count && RefersBack.Contains(lower[afterContrast]) ? first : afterContrast;
            first = afterContrast > first ? SkipFraming(sentence, words, lower, afterContrast) : first;
        }
        var start = first == 0 ? 0 : words[first].Start;
        var end = SubordinateTail(sentence, start, cutTail);
        return new TextSpan(start, end - start);
    }

    /// <summary>Does the sentence grant something before a contrast that carries its claim ("X is true, but Y")?</summary>
    public static bool ConcedesBeforeContrast(string sentence)
    {
        // Most sentences have no contrast at all: skip tokenizing them.
        if (!sentence.Contains(" but ", StringComparison.OrdinalIgnoreCase) && !sentence.Contains(" yet ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var words = WordTokenizer.Spans(sentence);
        var lower = Phrases.Lower(sentence, words);
        var first = SkipFraming(sentence, words, lower, 0);
        return AfterConcededClause(sentence, words, lower, first) > first;
    }

    private static int SkipFraming(string sentence, List<TextSpan> words, string[] lower, int first)
    {
        first = SkipFramingPhrase(sentence, words, lower, first);
        for (var matched = Phrases.StartsWithAny(lower, first, Framing); matched > 0; matched = Phrases.StartsWithAny(lower, first, Framing))
        {
            if (words.Count - (first + matched) < 4)
            {
                break;
            }
            first += matched;
        }
        return SkipNestedConcession(sentence, words, lower, first);
    }

    // "X has its merits, but Y": the author grants X and asserts Y, so the claim is Y ("not only X, but also Y"
    // asserts both and is left whole). The first word after the contrast, or `first` when there is none.
    private static int AfterConcededClause(string sentence, List<TextSpan> words, string[] lower, int first)
    {
        for (var w = first + 3; w < words.Count - 4; w++)
        {
            if (lower[w] is "but" or "yet" && sentence.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End).Trim() is [',' or ';']
                && lower[w + 1] != "also")
            {
                return w + 1;
            }
        }
        return first;
    }

    // Pronouns that point back to the clause before ("it" is left out: "it is felt that" points nowhere).
    private static readonly HashSet<string> RefersBack = ["they", "this", "that", "these", "those", "he", "she", "its", "their", "such"];

    // "I am inclined to think that although X, Y": the claim is Y, after the nested concession.
    private static int SkipNestedConcession(string sentence, List<TextSpan> words, string[] lower, int first)
    {
        for (var w = Math.Max(first, 1); w < Math.Min(words.Count, first + 10); w++)
        {
            if (lower[w - 1] == "that" && Phrases.StartsWithAny(lower, w, ConcessionSpans.Inside) > 0)
            {
                var comma = sentence.IndexOf(',', words[w].Start);
                var afterComma = comma < 0 ? -1 : words.FindIndex(x => x.Start > comma);
                return afterComma > 0 && words.Count - afterComma >= 4 ? afterComma : first;
            }
        }
        return first;
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
    private static int SubordinateTail(string sentence, int start, bool includeReasons)
    {
        // A conceded clause is always cut: it becomes a counterpoint of its own (see ConcessionSpans.HasClause).
        var end = FirstMarker(sentence, start, [" even if ", " even though ", " although ", " unless "], minWords: 3);
        if (includeReasons)
        {
            end = Math.Min(end, ReasonCut(sentence, start));
        }
        while (end > start && sentence[end - 1] is ',' or ' ')
        {
            end--;
        }
        return end;
    }

    private const int MinClaimWords = 5;

    // Where a reason clause starts, or the sentence's length. "X: Y because Z" gives its reason for Y, the colon's
    // explanation, not for X: cutting at "because" would leave "X: Y" with Y clipped ("the council is solving the wrong
    // problem: riders left"), so the claim ends at the colon, or the sentence stays whole when X is too short to stand.
    private static int ReasonCut(string sentence, int start)
    {
        var at = FirstMarker(sentence, start, [", as ", ", because ", ", since ", ", whereas ", ", while ", " because "], minWords: MinClaimWords);
        if (at >= sentence.Length)
        {
            return at;
        }
        var colon = sentence.LastIndexOfAny([':', ';'], at - 1, at - start);
        if (colon < 0)
        {
            return at;
        }
        return Text.WordTokenizer.CountWords(sentence.AsSpan(start, colon - start)) >= MinClaimWords ? colon : sentence.Length;
    }

    private const int ShortClaimWords = 7;

    private static int FirstMarker(string sentence, int start, string[] markers, int minWords)
    {
        var first = sentence.Length;
        foreach (var marker in markers)
        {
            var at = sentence.IndexOf(marker, start, StringComparison.OrdinalIgnoreCase);
            // "... think that although X, Y": the clause opens a nested claim; cutting it would leave "think that".
            var nested = sentence.AsSpan(start, Math.Max(0, at - start)).TrimEnd().EndsWith("that", StringComparison.OrdinalIgnoreCase);
            // "not only X, but also Y" asserts both halves.
            nested |= at > 0 && sentence.AsSpan(at + marker.Length).StartsWith("also ", StringComparison.OrdinalIgnoreCase);
            // A claim cut shorter than that is a slogan, not a claim ("I argue that the tariff should pass, because ..."
            // is not "the tariff should pass").
            if (at > start && at < first && !nested && Text.WordTokenizer.CountWords(sentence.AsSpan(start, at - start)) >= minWords)
            {
                first = at;
            }
        }
        return first;
    }
}
