namespace Briefing.Summaries.Extractive;

/// <summary>
/// Picks the author's main claim: central, close to the title, marked by thesis cues, at the opening or (in
/// argumentative text) the conclusion, and neither an example, a concession nor a question.
/// </summary>
internal static class ThesisSelector
{
    public static int Choose(IReadOnlyList<SentenceFeatures> features, double argumentativeness)
    {
        var best = 0;
        var bestScore = double.MinValue;
        // An opinion piece often opens on a news hook ("The agency has published the results of its trial."): the
        // scene before the author's first stance is context for the claim, never the claim itself. Only where the
        // text clearly argues: a news report with a few stance words still leads with its main claim.
        var context = argumentativeness >= ClearlyArgues ? OpeningContext.End(features, thesis: -1) : 0;
        foreach (var f in features)
        {
            var score = Score(f, features.Count, argumentativeness) - (f.Index < context ? ContextPenalty : 0);
            if (score > bestScore)
            {
                best = f.Index;
                bestScore = score;
            }
        }
        // "Last week X announced Y. That conclusion is premature.": the piece opens on a news hook and judges it; the
        // judgement is the author's stance, whatever the hook's centrality and position score, and whatever a closing
        // sentence earns for standing last.
        var verdict = NewsHookVerdict.Verdict(features);
        if (verdict > 0)
        {
            return verdict;
        }
        // "But in my view it should start earlier.": a short stance on a pronoun names no subject of its own; the
        // claim it takes a stance on is the sentence before, in the same paragraph.
        var previous = best - 1;
        if (previous >= 0 && features[previous].Sentence.Paragraph == features[best].Sentence.Paragraph
            && !features[previous].Sentence.IsQuestion && ClaimSpans.LeansOnPrevious(features[best].Sentence.Text))
        {
            return previous;
        }
        return best;
    }

    private const double ContextPenalty = 0.6;

    internal const double ClearlyArgues = 0.5;

    private static double Score(SentenceFeatures f, int count, double argumentativeness)
    {
        var i = f.Index;
        var score = 0.3 * f.Centrality + 0.5 * f.TitleSimilarity + f.ThesisCue - 0.6 * f.SupportCue - 0.5 * f.ConcessionCue;
        // News leads with its main claim. Argumentative text states it in the introduction and again in the
        // conclusion; a long essay opens with context and puts the claim at the end of its introduction.
        var edge = Math.Max(2, (int)Math.Ceiling(count * 0.15));
        var opening = count > 10 && argumentativeness >= ClearlyArgues ? 0.15 : 0.35 + 0.3 * (1 - argumentativeness);
        score += i == 0 ? opening : i < edge ? 0.15 * argumentativeness : 0;
        if (count > 1)
        {
            score += argumentativeness * (i == count - 1 ? 0.3 : i >= count - edge ? 0.2 : 0);
        }
        if (f.LooksLikeCaption)
        {
            score -= 0.5;
        }
        if (f.Sentence.IsReportedSpeech)
        {
            score -= 0.3;
        }
        if (f.Sentence.IsQuestion)
        {
            score -= 0.6;
        }
        if (f.Sentence.WordCount < 5)
        {
            score -= 0.5;
        }
        return score;
    }
}
