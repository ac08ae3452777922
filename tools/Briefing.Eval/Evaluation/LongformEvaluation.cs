using Briefing.Summaries;

namespace Briefing.Evaluation;

/// <summary>
/// Scores a summarizer on the long-form set with the shared README's definitions: every item is matched by its
/// quote (else its text); thesis, point recall and precision, counterpoint coverage and precision, redundancy and
/// paragraph spread, next to the position baselines on the same input.
/// </summary>
public static class LongformEvaluation
{
    public const string File = "longform.jsonl";

    // Implicit claims are short stances ("against redshirting"): matched more loosely, as the README says.
    public const double ParaphraseF1 = 0.3;

    public const int LongParagraphs = 6;

    public static async Task<List<LongformDocumentScore>> ScoreAsync(
        IReadOnlyList<LongformDocument> documents, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken)
    {
        var scores = new List<LongformDocumentScore>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var summary = await summarizer.SummarizeAsync(EvalArticles.FromText(i + 1, documents[i].Title, documents[i].Text), length, cancellationToken);
            scores.Add(Score(documents[i], summary));
        }
        return scores;
    }

    public static LongformDocumentScore Score(LongformDocument document, ArgumentSummary summary)
    {
        var points = summary.Points.Select(p => (Text: Matched(p), p.Paragraph)).ToList();
        var counterpoints = summary.Counterpoints.Select(Matched).ToList();
        var sentences = LongformInput.Sentences(document);
        var lead = sentences.Take(points.Count).ToList();
        var supporting = document.Premises.Concat(document.MajorClaims).ToList();
        var isLong = EvalArticles.Paragraphs(document.Text).Length >= LongParagraphs;
        return new LongformDocumentScore(
            document.Id,
            document.MajorClaims.Count > 0,
            new ThesisHits(
                ThesisMatches(document, Matched(summary.Thesis)),
                sentences.Count > 0 && ThesisMatches(document, sentences[0].Text),
                sentences.FirstOrDefault(s => s.Paragraph > 0).Text is { } firstBody && ThesisMatches(document, firstBody),
                sentences.Count > 0 && ThesisMatches(document, sentences[^1].Text)),
            document.Premises.Count,
            document.Premises.Count(g => points.Any(p => LongformTokens.Covers(p.Text, g))),
            document.Premises.Count(g => lead.Any(p => LongformTokens.Covers(p.Text, g))),
            points.Count,
            points.Count(p => supporting.Any(g => LongformTokens.Covers(p.Text, g))),
            lead.Count(p => supporting.Any(g => LongformTokens.Covers(p.Text, g))),
            document.Counterpoints.Count,
            document.Counterpoints.Count(g => counterpoints.Any(c => LongformTokens.Covers(c, g))),
            counterpoints.Count,
            counterpoints.Count(c => document.Counterpoints.Any(g => LongformTokens.Covers(c, g))),
            LongformTokens.RedundantPairs([.. points.Select(p => p.Text)]),
            LongformTokens.RedundantPairs([.. lead.Select(p => p.Text)]),
            isLong,
            points.Where(p => p.Paragraph > 0).Select(p => p.Paragraph).Distinct().Count(),
            lead.Where(p => p.Paragraph > 0).Select(p => p.Paragraph).Distinct().Count());
    }

    private static bool ThesisMatches(LongformDocument document, string thesis) =>
        document.MajorClaims.Count > 0
            ? document.MajorClaims.Any(c => LongformTokens.F1(thesis, c) >= LongformTokens.CoverF1)
            : document.MajorClaimParaphrases.Any(c => LongformTokens.F1(thesis, c) >= ParaphraseF1);

    /// <summary>What an item is matched by: its quote, else its text.</summary>
    public static string Matched(SummaryItem item) => string.IsNullOrWhiteSpace(item.Quote) ? item.Text : item.Quote;
}
