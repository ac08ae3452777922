using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// The offline, deterministic argument summarizer: TF-IDF LexRank centrality, position, title similarity and
/// discourse cues pick the thesis, MMR picks the points, concession cues the counterpoints. Every quote is a
/// verbatim span of its paragraph. English gets the full method; other languages a best effort (Snowball
/// stemming and stop words where Lucene has them, but no discourse cues, so centrality and position decide).
/// The language is the article's tag, or guessed from its function words when untagged.
/// </summary>
public sealed class ExtractiveSummarizer : IExtractiveSummarizer
{
    public const string EngineName = "extractive";

    /// <summary>Bump on any change to what the engine returns: cached summaries are keyed by it.</summary>
    public const string EngineVersion = "2026.12.08.16";

    public string Version => EngineVersion;

    // Stance density above which a text is treated as an argument rather than a report.
    internal const double ArguesFrom = 0.3;

    private const int AnnouncedArgumentsToArgue = 2;

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
        var argumentativeness = Argumentativeness(features, article.Title);
        var thesis = ThesisSelector.Choose(features, argumentativeness);
        var argues = argumentativeness >= ArguesFrom;
        // The opening news hook a verdict judges ("That conclusion is premature.") sets the scene and is no reason. The
        // verdict is the thesis (see ThesisSelector), read with the sentence that says why when it says too little alone.
        var verdict = NewsHookVerdict.Verdict(features);
        var readWithNext = verdict >= 0 && verdict == thesis && NewsHookVerdict.NeedsNext(features, thesis);
        var hookStart = NewsHookVerdict.BodyStart(features);
        var framing = Enumerable.Range(hookStart, Math.Max(0, verdict - hookStart)).Concat(readWithNext ? [thesis + 1] : []).ToHashSet();
        List<int> counterpoints, points;
        // An argument's concessions are not its reasons: they are set aside before the points are chosen. So are
        // a short text's, where the points would otherwise use up every sentence.
        if (argues || features.Count <= 3 * (shape.Points + 1))
        {
            counterpoints = CounterpointSelector.Choose(features, thesis, shape.MaxCounterpoints, framing, argues);
            points = PointSelector.Choose(features, thesis, SetAside(features, counterpoints, thesis).Union(framing).ToHashSet(), shape, argumentativeness);
        }
        else
        {
            // News reports the opposing side as part of the story: the lead sentences are points first.
            points = PointSelector.Choose(features, thesis, framing, shape, argumentativeness);
            counterpoints = CounterpointSelector.Choose(features, thesis, shape.MaxCounterpoints, points.Union(framing).ToHashSet(), argues);
        }
        Func<string, TextSpan> claim = argues ? ClaimSpans.Thesis : sentence => ClaimSpans.Claim(sentence, cutTail: false);
        var thesisItem = readWithNext ? Joined(article, features[thesis].Sentence, features[thesis + 1].Sentence) : Item(article, features[thesis].Sentence, claim);
        // A point keeps its reason ("Each clinic closes for the season because its staff cannot travel"): the reason is
        // the move. Only the thesis is narrowed to its claim, with the reasons becoming points of their own.
        Func<string, TextSpan> pointClaim = sentence => ClaimSpans.Claim(sentence, cutTail: false);
        var pointItems = points.Select(i => (Index: i, Item: Item(article, features[i].Sentence, pointClaim))).ToList();
        if (pointItems.Count < shape.Points && !readWithNext)
        {
            // "X should be Y, because A and B.": when the thesis quotes only X, A and B are reasons the text gives.
            pointItems.AddRange(OwnReasons(article, features[thesis].Sentence, claim).Take(shape.Points - pointItems.Count).Select(r => (thesis, r)));
        }
        return new ArgumentSummary
        {
            Article = Reference(article),
            Thesis = thesisItem,
            Points = [.. WithinBudget(thesisItem, pointItems, shape).OrderBy(p => p.Index).Select(p => p.Item)],
            Counterpoints = [.. counterpoints.Select(i => Counterpoint(article, features, i))],
            Engine = EngineName,
        };
    }

    // The counterpoints and the sentences that only answer them ("That is true, yet X"; "That was true in 2020." and the
    // answer after it), which are read with them.
    private static HashSet<int> SetAside(IReadOnlyList<SentenceFeatures> features, List<int> counterpoints, int thesis) =>
        [.. counterpoints.Where(i => i != thesis).SelectMany(i => CounterpointAnswers.ReadWith(features, i))];

    // Points in the order they were chosen, up to the shape's word budget for thesis + points.
    private static IEnumerable<(int Index, SummaryItem Item)> WithinBudget(SummaryItem thesis, List<(int Index, SummaryItem Item)> points, SummaryShape shape)
    {
        var words = WordTokenizer.CountWords(thesis.Text);
        for (var k = 0; k < points.Count; k++)
        {
            words += WordTokenizer.CountWords(points[k].Item.Text);
            if (k >= SummaryShape.MinPoints && words > shape.WordBudget)
            {
                yield break;
            }
            yield return points[k];
        }
    }

    // How much the text argues rather than reports: the author's own stance markers ("in conclusion", "I believe",
    // "that's why", "should"), outside quotations, per ten sentences. Opinion pieces and essays restate their
    // claim at the end and weigh objections; news does neither. Some arguments use few such words; their shape says so.
    private static double Argumentativeness(IReadOnlyList<SentenceFeatures> features, string? title)
    {
        var density = Math.Min(1.0, features.Where(f => !f.Sentence.IsReportedSpeech).Sum(f => f.ThesisCue + (SelfMention(f.Sentence.Words) ? 0.3 : 0)) / (1.0 + 0.1 * features.Count));
        // A headline or a closing sentence that says what ought to be done.
        if (HeadlineStance.Prescribes(title) || ClosingPrescription.Closes(features))
        {
            return Math.Max(density, ThesisSelector.ClearlyArgues);
        }
        // The other side's arguments set out one by one to be answered ("One of the most common arguments against X is
        // that …", "Another argument against X …"), or a view it reports flatly denied ("Supporters will say X. They
        // cannot: …").
        var answersTheOtherSide = features.Count(f => !f.Sentence.IsReportedSpeech && ExplicitOpposition.AnnouncesArgument(f.Sentence.Words)) >= AnnouncedArgumentsToArgue
            || features.Any(f => f.ReportedOpinion > 0 && f.AnsweredNext && f.Index + 1 < features.Count && OpposingViews.Contradicts(features[f.Index + 1].Sentence.Text));
        return answersTheOtherSide ? Math.Max(density, ArguesFrom) : density;
    }

    private static bool SelfMention(IReadOnlyList<string> words) => words.Any(w => w is "i" or "my" or "me");

    private static SummaryItem Item(Article article, ArticleSentence sentence, Func<string, TextSpan> narrow, bool compress = true)
    {
        var claim = narrow(sentence.Text);
        var paragraph = article.Paragraphs[sentence.Paragraph - 1];
        var quote = paragraph.Substring(sentence.Span.Start + claim.Start, claim.Length).TrimEnd(' ', ',', ';', ':', '-', '–');
        return new SummaryItem(compress ? ClaimCompressor.Compress(Readable(quote)) : Readable(quote), quote, sentence.Paragraph);
    }

    // The reason clauses of the thesis sentence that its claim span leaves out.
    private static IEnumerable<SummaryItem> OwnReasons(Article article, ArticleSentence thesis, Func<string, TextSpan> claim)
    {
        var span = claim(thesis.Text);
        var paragraph = article.Paragraphs[thesis.Paragraph - 1];
        return ReasonClauses.Of(thesis.Text, span.Start + span.Length).Select(reason =>
        {
            var quote = paragraph.Substring(thesis.Span.Start + reason.Start, reason.Length);
            return new SummaryItem(Readable(quote), quote, thesis.Paragraph);
        });
    }

    // Two sentences of one paragraph quoted together, as written.
    private static SummaryItem Joined(Article article, ArticleSentence first, ArticleSentence second)
    {
        var paragraph = article.Paragraphs[first.Paragraph - 1];
        var quote = paragraph[first.Span.Start..(second.Span.Start + second.Span.Length)].TrimEnd();
        return new SummaryItem(Readable(quote), quote, first.Paragraph);
    }

    // The conceded view is the quote; the text reads it with the author's answer when the text gives one.
    private static SummaryItem Counterpoint(Article article, IReadOnlyList<SentenceFeatures> features, int index)
    {
        var view = Item(article, features[index].Sentence, ConcessionSpans.Of);
        var answer = CounterpointAnswers.Find(features, index, ConcessionSpans.Of(features[index].Sentence.Text));
        return answer is null ? view : view with { Text = $"{view.Text.TrimEnd('.', ' ')} — answer: {ClaimCompressor.Compress(Readable(answer))}" };
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
