namespace Briefing.Summaries.Extractive;

/// <summary>
/// The context an article opens with before the author takes a stance: the news hook of an op-ed ("On Tuesday the
/// ministry issued a statement."), the background line of an essay's introduction. It sets the scene for the
/// claim; it is not a reason for it.
/// </summary>
internal static class OpeningContext
{
    // A single paragraph this short has no introduction: every sentence is already part of the argument.
    private const int MinSentences = 10;

    private static readonly HashSet<string> NewsTime =
    [
        "yesterday", "today", "tonight", "week", "month", "year", "last", "recently", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ];

    /// <summary>
    /// Does an opening sentence tell news, as a hook does: someone reported or did something ("published", "announced"),
    /// at a time ("on Tuesday", "last week") or with a figure? "Every city that banned cars has had to lift the ban."
    /// tells none: it is the author's first generalisation, not the scene.
    /// </summary>
    public static bool TellsNews(ArticleSentence sentence) =>
        NewsHookVerdict.Reports(sentence.Words) || sentence.Words.Any(w => NewsTime.Contains(w) || w.Any(char.IsAsciiDigit));

    /// <summary>
    /// Index of the first sentence after the opening context (0 when there is none): the context ends at the first
    /// sentence with a stance (a thesis or concession cue, a reported opinion, the thesis itself), and never runs past
    /// the opening paragraph or, in a text without paragraphs, its first sixth.
    /// </summary>
    public static int End(IReadOnlyList<SentenceFeatures> features, int thesis)
    {
        var multiParagraph = features[^1].Sentence.Paragraph > 1;
        if (!multiParagraph && features.Count < MinSentences)
        {
            return 0;
        }
        var limit = multiParagraph
            ? features.TakeWhile(f => f.Sentence.Paragraph == 1).Count()
            : Math.Max(2, (int)Math.Ceiling(features.Count / 6.0));
        for (var i = 0; i < Math.Min(limit, features.Count); i++)
        {
            var f = features[i];
            if (i == thesis || f.ThesisCue > 0 || f.ConcessionCue >= CounterpointSelector.MinConcession || f.ReportedOpinion > 0)
            {
                return i;
            }
        }
        return limit;
    }
}
