namespace Briefing.Summaries.Extractive;

/// <summary>
/// Sentences that announce a claim without stating it: "The thesis of this piece is simple.", "My argument is
/// this:", "Here is the point." The claim is the next sentence, so the announcement's thesis weight moves there;
/// left alone, the short announcement itself would win the thesis slot on its cue words and say nothing.
/// </summary>
internal static class Signposts
{
    private static readonly HashSet<string> ClaimNouns =
        ["thesis", "argument", "point", "message", "claim", "conclusion", "lesson", "case", "takeaway", "verdict", "answer"];

    private static readonly HashSet<string> Presentatives =
        ["simple", "this", "straightforward", "clear", "plain", "short", "here", "following", "obvious"];

    private const int MaxWords = 12;

    /// <summary>True for a short sentence naming a claim noun and ending on a presentative or a colon.</summary>
    public static bool Announces(ArticleSentence sentence)
    {
        var words = sentence.Words;
        if (words.Count is 0 or > MaxWords || !words.Any(ClaimNouns.Contains))
        {
            return false;
        }

        return sentence.Text.TrimEnd().EndsWith(':') || Presentatives.Contains(words[^1]) || words[0] == "here";
    }

    // Imperatives that turn the reader to what follows: "Consider what riders told the agency.", "Look at Denver."
    private static readonly HashSet<string> PointingVerbs = ["consider", "take", "look", "think", "notice", "witness", "recall", "remember"];

    private const int MaxPointerWords = 10;

    /// <summary>
    /// True for a short imperative that points at the evidence to come ("Consider what riders told the agency."), or a
    /// short sentence saying that more evidence agrees ("Wage settlements tell the same story."), without giving it: the
    /// next sentence is the evidence. "Remember that X" asserts X and is not one, nor is a
    /// sentence carrying a figure.
    /// </summary>
    public static bool PointsAhead(ArticleSentence sentence)
    {
        var words = sentence.Words;
        if (words.Count is < 2 or > MaxPointerWords || sentence.Text.Any(char.IsAsciiDigit))
        {
            return false;
        }
        // "Wage settlements tell the same story.", "The money points the same way.": the evidence is the next sentence.
        return (PointingVerbs.Contains(words[0]) && words[1] != "that")
            || (words.Count <= MaxSameStoryWords && words.Count >= 4 && words[^2] is "same" or "similar" && words[^1] is "story" or "way" or "direction");
    }

    private const int MaxSameStoryWords = 7;

    // What an author did as a reader or writer: "I read an article on …", "I thought I would add this piece", "I came across …".
    private static readonly HashSet<string> ReadingOrWriting = ["read", "remembered", "came", "stumbled", "thought", "decided", "wanted", "noticed"];

    private static readonly HashSet<string> OwnText = ["piece", "post", "article", "essay", "blog", "entry", "column"];

    /// <summary>
    /// True for a sentence about how the piece came to be written rather than a move in it: the author as reader or
    /// writer ("I read an article on a student named Jonas.", "I remembered all this when I read about a new trend.",
    /// "I thought I would add this piece in to help …"). "I read that X" and "I noticed that X" state X and are not one.
    /// </summary>
    public static bool TellsHowItWasWritten(ArticleSentence sentence)
    {
        var words = sentence.Words;
        if (words.Contains("that"))
        {
            return false;
        }
        for (var i = 0; i + 1 < Math.Min(words.Count, MaxMetaOpening); i++)
        {
            if (words[i] == "i" && ReadingOrWriting.Contains(words[i + 1])
                && (words[i + 1] is not ("thought" or "decided" or "wanted") || words.Skip(i + 2).Any(OwnText.Contains) || words.Skip(i + 2).Take(3).Contains("write")))
            {
                return true;
            }
        }
        return false;
    }

    // The author's "I" opens the sentence or its main clause ("Last week I read …").
    private const int MaxMetaOpening = 5;

    /// <summary>
    /// An announcement, a pointer or the story of the writing: a sentence that says what is coming or how the piece came
    /// about, not a point of its own.
    /// </summary>
    public static bool StatesNothing(ArticleSentence sentence) => Announces(sentence) || PointsAhead(sentence) || TellsHowItWasWritten(sentence);

    /// <summary>Moves each announcement's thesis cue onto the sentence that follows it in the same paragraph.</summary>
    public static void Resolve(List<SentenceFeatures> features)
    {
        for (var i = 0; i + 1 < features.Count; i++)
        {
            var (current, next) = (features[i], features[i + 1]);
            if (next.Sentence.Paragraph != current.Sentence.Paragraph || !Announces(current.Sentence))
            {
                continue;
            }

            var lifted = Math.Max(next.ThesisCue, Math.Max(current.ThesisCue, AnnouncedWeight));
            features[i + 1] = next with { ThesisCue = lifted };
            features[i] = current with { ThesisCue = 0 };
        }
    }

    // As strong as an explicit "the main message is": the writer has just said the next sentence is the claim.
    private const double AnnouncedWeight = 1.0;
}
