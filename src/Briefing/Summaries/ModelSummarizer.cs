using System.Globalization;
using Briefing.Articles;
using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Summaries;

/// <summary>
/// The model-backed engine. The article goes into the user message as a delimited block of numbered
/// paragraphs (data, never instructions); the reply must match <see cref="ModelSchema.Summary"/>; every
/// quote is verified against the article. Articles over the token budget are summarized chunk by chunk
/// (map) and the verified excerpts of all chunks are summarized once more (reduce). Any failure throws
/// <see cref="ModelCallException"/>; the summary service then lets the extractive engine answer.
/// </summary>
internal sealed class ModelSummarizer(ModelJsonClient client, PromptLibrary prompts, IOptions<OpenAIOptions> options, ILogger<ModelSummarizer> logger)
{
    private const int MaxReduceRounds = 3;

    public string Model => client.Model;

    public string Engine => "model:" + client.Model;

    public string PromptHash => prompts.Summarize.Hash;

    public Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken) =>
        SummarizeAsync(article, length, progress: null, cancellationToken);

    /// <summary>Reports each model call of the first round before it is made (one part, or each chunk of a long article).</summary>
    public async Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, IProgress<SummaryProgress>? progress, CancellationToken cancellationToken)
    {
        var verifier = new QuoteVerifier(article.Paragraphs);
        var limits = SummaryShape.For(length);
        IReadOnlyList<NumberedParagraph> paragraphs = [.. article.Paragraphs.Select((text, index) => new NumberedParagraph(index + 1, text))];

        for (var round = 0; ; round++)
        {
            var chunks = ArticleChunker.Chunk(paragraphs, options.Value.MaxInputTokens);
            if (chunks.Count == 1 || round == MaxReduceRounds)
            {
                // A reduce round is the end of the chunked work already reported; only a single call is reported here.
                if (round == 0) progress?.Report(new SummaryProgress(1, 1));
                var output = await AskAsync(article, chunks[0], limits, cancellationToken).ConfigureAwait(false);
                return Verified(article, output, verifier, limits);
            }

            SummariesLog.Chunking(logger, article.Id, chunks.Sum(chunk => chunk.Sum(p => ArticleChunker.CountTokens(p.Text))), chunks.Count);
            var excerpts = new List<VerifiedQuote>();
            for (var part = 0; part < chunks.Count; part++)
            {
                var chunk = chunks[part];
                // Only the first round's chunks are the article's parts; while later rounds condense their excerpts the last part stays shown.
                if (round == 0) progress?.Report(new SummaryProgress(part + 1, chunks.Count));
                // Each chunk gets the detailed limits: the reduce step picks from a wide set of candidates.
                var output = await AskAsync(article, chunk, SummaryShape.For(SummaryLength.Detailed), cancellationToken).ConfigureAwait(false);
                excerpts.AddRange(new[] { output.Thesis }.Concat(output.Points).Concat(output.Counterpoints)
                    .Select(item => verifier.Verify(item.Quote, item.Paragraph))
                    .OfType<VerifiedQuote>());
            }

            // Verified quotes are verbatim article text, so the condensed article keeps real paragraph numbers.
            paragraphs = [.. excerpts
                .GroupBy(excerpt => excerpt.Paragraph)
                .OrderBy(group => group.Key)
                .Select(group => new NumberedParagraph(group.Key, string.Join(" … ", group.Select(e => e.Quote).Distinct(StringComparer.Ordinal))))];
            if (paragraphs.Count == 0)
            {
                throw new ModelCallException("the model returned no quote that stands in the article");
            }
        }
    }

    private Task<ModelSummaryOutput> AskAsync(Article article, IReadOnlyList<NumberedParagraph> chunk, SummaryShape limits, CancellationToken cancellationToken)
    {
        var template = prompts.Summarize;
        var user = template.RenderUser(new Dictionary<string, string>
        {
            ["title"] = PromptData.Inline(article.Title),
            ["article"] = PromptData.Block(PromptData.ArticleTag, chunk.Select(p => PromptData.NumberedLine(p.Number, p.Text))),
            ["max_points"] = limits.Points.ToString(CultureInfo.InvariantCulture),
            ["max_counterpoints"] = limits.MaxCounterpoints.ToString(CultureInfo.InvariantCulture),
        });
        return client.CompleteAsync<ModelSummaryOutput>("summary", template.System, user, ModelSchema.Summary, cancellationToken);
    }

    private ArgumentSummary Verified(Article article, ModelSummaryOutput output, QuoteVerifier verifier, SummaryShape limits)
    {
        var thesis = Verify(article, output.Thesis, verifier)
            ?? throw new ModelCallException("the model's thesis quote does not stand in the article");
        var points = output.Points.Select(item => Verify(article, item, verifier)).OfType<SummaryItem>()
            .Where(item => item.Quote != thesis.Quote).Take(limits.Points).ToList();
        var counterpoints = output.Counterpoints.Select(item => Verify(article, item, verifier)).OfType<SummaryItem>()
            .Take(limits.MaxCounterpoints).ToList();
        return new ArgumentSummary
        {
            Article = ArticleReferences.From(article),
            Thesis = thesis,
            Points = points,
            Counterpoints = counterpoints,
            Engine = Engine,
        };
    }

    private SummaryItem? Verify(Article article, ModelSummaryItem item, QuoteVerifier verifier)
    {
        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return null;
        }

        var quote = verifier.Verify(item.Quote, item.Paragraph);
        if (quote is null)
        {
            SummariesLog.QuoteDropped(logger, article.Id);
            return null;
        }

        if (quote.Reanchored)
        {
            SummariesLog.QuoteReanchored(logger, article.Id, quote.Paragraph);
        }

        return new SummaryItem(item.Text.Trim(), quote.Quote, quote.Paragraph);
    }
}
