using Briefing.Evaluation;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Eval;

/// <summary>Per-document scores of the extractive engine on every evaluation set, computed once per run.</summary>
internal sealed record EvalScores(
    List<ArgumentDocumentScore> Microtexts,
    List<ArgumentDocumentScore> Essays,
    List<NewsDocumentScore> CnnDailyMail,
    List<NewsDocumentScore> XSum,
    List<LongformDocumentScore> Longform)
{
    public const int CnnDailyMailLead = 3;
    public const int XSumLead = 1;

    public static async Task<EvalScores> ComputeAsync(DirectoryInfo data, SummaryLength newsLength, CancellationToken cancellationToken)
    {
        var summarizer = new ExtractiveSummarizer();
        var arguments = await EvalDataLoader.LoadAsync<ArgumentDocument>(Path.Combine(data.FullName, EvalDataLoader.ArgumentsFile), cancellationToken);
        var longform = await EvalDataLoader.LoadAsync<LongformDocument>(Path.Combine(data.FullName, LongformEvaluation.File), cancellationToken);
        var news = await EvalDataLoader.LoadAsync<NewsDocument>(Path.Combine(data.FullName, EvalDataLoader.SummariesFile), cancellationToken);
        Task<List<ArgumentDocumentScore>> Arguments(string prefix) => ArgumentEvaluation.ScoreAsync(
            [.. arguments.Where(a => a.Id.StartsWith(prefix, StringComparison.Ordinal))], summarizer, SummaryLength.Standard, cancellationToken);
        Task<List<NewsDocumentScore>> News(string dataset, int lead) => NewsEvaluation.ScoreAsync(
            [.. news.Where(n => n.Dataset == dataset)], lead, summarizer, newsLength, cancellationToken);
        return new EvalScores(
            await Arguments("micro_"),
            await Arguments("aae2_"),
            await News("cnndm", CnnDailyMailLead),
            await News("xsum", XSumLead),
            await LongformEvaluation.ScoreAsync(longform, summarizer, SummaryLength.Standard, cancellationToken));
    }
}
