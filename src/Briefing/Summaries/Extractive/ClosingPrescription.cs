namespace Briefing.Summaries.Extractive;

/// <summary>
/// A text that closes by saying, in its own voice, what ought to be done ("Districts should keep the shorter week only
/// where they fund a Friday programme.") argues, however plainly it reports before that: news leaves the "should" to
/// the people it quotes. Like <see cref="HeadlineStance"/>, it lifts a piece whose body has few stance words out of
/// being read as a report, so that its opening news is context and not its thesis. English only.
/// </summary>
internal static class ClosingPrescription
{
    private static readonly HashSet<string> Prescriptive = ["should", "must", "ought"];

    // Someone else's "should": "The council should decide by March, officials said."
    private static readonly HashSet<string> Attribution = ["said", "says", "say", "told", "according", "argued", "argues", "insisted", "urged", "warned"];

    public static bool Closes(IReadOnlyList<SentenceFeatures> features)
    {
        var last = features[^1].Sentence.Paragraph;
        return last > 1 && features.Where(f => f.Sentence.Paragraph == last).Any(f =>
            !f.Sentence.IsReportedSpeech && !f.Sentence.IsQuestion && f.Sentence.Words.Any(Prescriptive.Contains)
            && !f.Sentence.Words.Any(Attribution.Contains) && f.ReportedOpinion == 0);
    }
}
