using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// The offline, deterministic argument summarizer: TF-IDF LexRank centrality, position, title similarity and
/// discourse cues pick the thesis, MMR picks the points, concession cues the counterpoints. Every quote is a
/// verbatim span of its paragraph. English gets the full method; other languages a best effort (Snowball
/// stemming and stop words where Lucene has them, but no discourse cues, so centrality and position decide).
/// </summary>
public sealed class ExtractiveSummarizer : IExtractiveSummarizer
{
    public const string EngineName = "extractive";

    public Task<ArgumentSummary> SummarizeAsync(Article article, SummaryLength length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Summarize(article, length));
    }

    public static ArgumentSummary Summarize(Article article, SummaryLength length)
    {
        var features = FeatureBuilder.Build(article);
        if (features.Count == 0)
        {
            throw new ArgumentException($"Article {article.Id} has no text to summarize.", nameof(article));
        }
        var shape = SummaryShape.For(length);
        var thesis = ThesisSelector.Choose(features, Argumentativeness(features));
        var counterpoints = CounterpointSelector.Choose(features, thesis, shape.MaxCounterpoints);
        var points = PointSelector.Choose(features, thesis, counterpoints.ToHashSet(), shape.Points);
        return new ArgumentSummary
        {
            Article = Reference(article),
            Thesis = Item(article, features[thesis].Sentence, ClaimSpans.Thesis),
            Points = [.. points.Select(i => Item(article, features[i].Sentence, ClaimSpans.Thesis))],
            Counterpoints = [.. counterpoints.Select(i => Item(article, features[i].Sentence, ClaimSpans.Concession))],
            Engine = EngineName,
        };
    }

    // Opinion pieces and essays restate their claim at the end; news does not. Two sentences with strong
    // stance markers ("in conclusion", "I believe", "should ... must") are enough to trust the conclusion.
    private static double Argumentativeness(IReadOnlyList<SentenceFeatures> features) =>
        Math.Min(1.0, features.Count(f => f.ThesisCue >= 0.6) / 2.0);

    private static SummaryItem Item(Article article, ArticleSentence sentence, Func<string, TextSpan> narrow)
    {
        var claim = narrow(sentence.Text);
        var paragraph = article.Paragraphs[sentence.Paragraph - 1];
        var quote = paragraph.Substring(sentence.Span.Start + claim.Start, claim.Length).TrimEnd(' ', ',', ';', ':', '-', '–');
        return new SummaryItem(Readable(quote), quote, sentence.Paragraph);
    }

    private static string Readable(string quote) =>
        quote.Length > 0 && char.IsLower(quote[0]) ? char.ToUpperInvariant(quote[0]) + quote[1..] : quote;

    private static ArticleReference Reference(Article article) => new(
        article.Id,
        article.Title,
        article.Url,
        article.Authors.Count > 0 ? article.Authors[0] : null,
        article.PublishedAt,
        article.SiteName);
}
