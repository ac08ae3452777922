using System.Globalization;
using System.Text;
using Briefing.Summaries;

namespace Briefing.Evaluation;

/// <summary>
/// Why a long-form summary's points miss, with the set's own matching rule (<see cref="LongformTokens.Covers"/>): for
/// each point that covers no premise, backing or explicit claim, whether it quotes an opposing view or its answer,
/// shares text with a supporting span without meeting the rule (a boundary miss), or is another sentence altogether
/// (a selection miss: of a paragraph that holds a supporting span, or of one that holds none); for each premise no
/// point covers, whether the thesis or a counterpoint quotes it, a single body sentence would cover it (so the engine chose other sentences, or ran out of points), or none would (a boundary
/// the segmenter or the gold span sets). Decide what to change from these counts, not from the totals alone.
/// </summary>
public static class LongformMisses
{
    public static LongformDocumentMisses Classify(LongformDocument document, ArgumentSummary summary)
    {
        var supporting = document.Premises.Concat(document.MajorClaims).ToList();
        var opposing = document.Counterpoints.Concat(document.Refutations).ToList();
        var paragraphs = EvalArticles.Paragraphs(document.Text);
        var quoted = summary.Points.Select(p => (Quote: LongformEvaluation.Matched(p), p.Paragraph)).ToList();
        var points = quoted.Select(p => p.Quote).ToList();
        var missedPoints = quoted
            .Where(p => !supporting.Any(g => LongformTokens.Covers(p.Quote, g)))
            .Select(p => new MissedPoint(p.Quote, PointMissKind(document.Text, p.Quote, ParagraphOf(paragraphs, p.Paragraph), supporting, opposing),
                Best(supporting, g => LongformTokens.F1(p.Quote, g)), Best(supporting, g => LongformTokens.Containment(p.Quote, g))))
            .ToList();
        var sentences = LongformInput.Sentences(document).Where(s => s.Paragraph > 0).Select(s => s.Text).ToList();
        var thesis = LongformEvaluation.Matched(summary.Thesis);
        var counterpoints = summary.Counterpoints.Select(LongformEvaluation.Matched).ToList();
        var missedPremises = document.Premises.Where(g => !points.Any(p => LongformTokens.Covers(p, g)))
            .Select(g => new MissedPremise(g, LongformTokens.Covers(thesis, g) ? PremiseMiss.QuotedAsThesis
                : counterpoints.Any(c => LongformTokens.Covers(c, g)) ? PremiseMiss.QuotedAsCounterpoint
                : sentences.Any(s => LongformTokens.Covers(s, g)) ? PremiseMiss.SentenceWouldCover
                : PremiseMiss.NoSentenceCovers))
            .ToList();
        return new LongformDocumentMisses(document.Id, points.Count, document.Premises.Count, missedPoints, missedPremises);
    }

    /// <summary>The counts of every kind as a Markdown table; uncovered premises also counted in the docs that ran out of points.</summary>
    public static string Table(IReadOnlyList<LongformDocumentMisses> misses)
    {
        var points = misses.SelectMany(m => m.MissedPoints).ToList();
        var premises = misses.SelectMany(m => m.MissedPremises.Select(p => (p.Kind, m.RanOutOfPoints))).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Long-form misses ({misses.Count} docs, Standard length)");
        text.AppendLine();
        text.AppendLine("| miss | count |");
        text.AppendLine("|---|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| points returned | {misses.Sum(m => m.Points)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| points covering nothing | {points.Count} |");
        foreach (var kind in Enum.GetValues<PointMiss>())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| - {kind} | {points.Count(p => p.Kind == kind)} |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| premises | {misses.Sum(m => m.Premises)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| premises no point covers | {premises.Count} |");
        foreach (var kind in Enum.GetValues<PremiseMiss>())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| - {kind} (in docs with more premises than points) | {premises.Count(p => p.Kind == kind)} ({premises.Count(p => p.Kind == kind && p.RanOutOfPoints)}) |");
        }
        return text.ToString();
    }

    // A quote that shares text with a supporting span (it straddles the span's edge, or quotes a piece of it) was
    // near the right place: its cut, not the choice of sentence, kept it from covering. Words in common prove
    // nothing here: a long span holds most of any sentence's function words.
    private static PointMiss PointMissKind(string text, string point, string paragraph, List<string> supporting, List<string> opposing) =>
        opposing.Any(g => LongformTokens.Covers(point, g)) ? PointMiss.OpposingView
            : supporting.Any(g => Overlap(text, point, g)) ? PointMiss.OverlapsSupport
            : supporting.Any(g => Overlap(text, paragraph, g)) ? PointMiss.OtherSentenceOfParagraph
            : PointMiss.ParagraphWithoutSupport;

    private static string ParagraphOf(string[] paragraphs, int paragraph) =>
        paragraph >= 1 && paragraph <= paragraphs.Length ? paragraphs[paragraph - 1] : string.Empty;

    // Quotes and gold spans are verbatim pieces of the text; the first place each occurs stands for it.
    private static bool Overlap(string text, string a, string b)
    {
        var (startA, startB) = (text.IndexOf(a, StringComparison.Ordinal), text.IndexOf(b, StringComparison.Ordinal));
        return a.Length > 0 && startA >= 0 && startB >= 0 && startA < startB + b.Length && startB < startA + a.Length;
    }

    private static double Best(List<string> spans, Func<string, double> score) => spans.Count == 0 ? 0 : spans.Max(score);
}
