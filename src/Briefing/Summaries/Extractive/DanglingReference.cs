namespace Briefing.Summaries.Extractive;

/// <summary>
/// A sentence that opens on a pronoun pointing back to the sentence before ("It should not be sold as X.", "This
/// means Y.", "That conclusion is premature."): shown alone, as a summary item, it does not say what it is about.
/// "It is clear that X" and "It is hard to Y" are not such openings: their "it" points forward. English only.
/// </summary>
internal static class DanglingReference
{
    private static readonly HashSet<string> Pronouns = ["it", "this", "that", "these", "those", "they", "he", "she"];

    private static readonly HashSet<string> Demonstratives = ["this", "that", "these", "those", "such"];

    private static readonly HashSet<string> Verbs =
    [
        "is", "are", "was", "were", "will", "would", "should", "could", "can", "may", "might", "must", "has", "have",
        "had", "does", "do", "did", "means", "meant", "shows", "showed", "makes", "made", "seems", "remains", "gives",
        "leaves", "explains", "matters",
    ];

    // Between the pronoun and its verb: "It also means", "This does not".
    private static readonly HashSet<string> Adverbs = ["also", "not", "alone", "too", "still", "only", "all", "simply"];

    // A demonstrative with its noun ("That conclusion is premature.") leans back only in a short sentence.
    private const int ShortSentenceWords = 8;

    public static bool Opens(IReadOnlyList<string> words)
    {
        if (words.Count < 2)
        {
            return false;
        }
        var verb = Adverbs.Contains(words[1]) && words.Count > 2 ? 2 : 1;
        if (Pronouns.Contains(words[0]) && Verbs.Contains(words[verb]))
        {
            return words[0] != "it" || !PointsForward(words, verb);
        }
        return Demonstratives.Contains(words[0]) && words.Count <= ShortSentenceWords && words.Count > 2 && Verbs.Contains(words[2]);
    }

    // "It is clear that ...", "It would be easy to ...": the subject is the clause that follows.
    private static bool PointsForward(IReadOnlyList<string> words, int verb)
    {
        for (var i = verb + 1; i < Math.Min(words.Count, verb + 5); i++)
        {
            if (words[i] is "that" or "to" or "for" or "whether" or "how" or "why" or "what")
            {
                return true;
            }
        }
        return false;
    }
}
