using Briefing.Summaries;

namespace Briefing.Evaluation;

/// <summary>Scores a summarizer's thesis and counterpoints on argumentative texts with gold annotations.</summary>
public static class ArgumentEvaluation
{
    public static async Task<ArgumentSetResult> RunAsync(
        string set, IReadOnlyList<ArgumentDocument> documents, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken)
    {
        int thesisHits = 0, firstHits = 0, lastHits = 0, gold = 0, covered = 0, returned = 0, returnedMatching = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var summary = await summarizer.SummarizeAsync(EvalArticles.FromText(i + 1, document.Title, document.Text), length, cancellationToken);
            thesisHits += TokenF1.Matches(summary.Thesis.Text, document.MajorClaims) ? 1 : 0;
            firstHits += TokenF1.Matches(PositionBaselines.First(document.Text), document.MajorClaims) ? 1 : 0;
            lastHits += TokenF1.Matches(PositionBaselines.Last(document.Text), document.MajorClaims) ? 1 : 0;
            var found = summary.Counterpoints.Select(c => c.Text).ToList();
            gold += document.Counterpoints.Count;
            covered += document.Counterpoints.Count(g => found.Any(f => TokenF1.Score(f, g) >= TokenF1.MatchThreshold));
            returned += found.Count;
            returnedMatching += found.Count(f => TokenF1.Matches(f, document.Counterpoints));
        }
        double Share(int hits) => documents.Count == 0 ? 0 : (double)hits / documents.Count;
        return new ArgumentSetResult(set, documents.Count, Share(thesisHits), Share(firstHits), Share(lastHits), gold, covered, returned, returnedMatching);
    }
}
