using Briefing.Articles;
using Briefing.Conversations.Ranking;
using Briefing.Models;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Briefing.Text;

namespace Briefing.Conversations;

/// <summary>
/// The offline answerer. It reads the question for its topic terms and the kind of answer it wants
/// (<see cref="QuestionAnalysis"/>), scores every sentence of the sources (<see cref="SentenceRanker"/>), and
/// answers with the best one to three sentences, quoted verbatim with their ¶ numbers, the first article's
/// before the others'. A bare follow-up ("Why?") takes its topic from the reader's previous question. When no
/// paragraph carries enough of the question's topic weight it says plainly that the article does not say. A question
/// about the author's position that names no topic ("What is the main argument?") starts from the summary's thesis.
/// </summary>
public sealed class ExtractiveQuestionAnswerer : IQuestionAnswerer
{
    /// <summary>Share of the question's topic weight (IDF over the sources' paragraphs) a cited paragraph must contain.</summary>
    public const double MinCoverage = 0.34;

    /// <summary>The share required when "when" or "how many" finds no date or figure in the sentence.</summary>
    public const double UnmetIntentCoverage = 0.75;

    /// <summary>The share required when "who" finds no capitalised name (milder: bodies are often named in lowercase, "the cooperative").</summary>
    public const double UnmetPersonCoverage = 0.5;

    /// <summary>Cue words (plus the closing-paragraph bonus) a sentence needs to answer a question that names no topic.</summary>
    private const double MinCueScore = 2;

    private const int MaxSentences = 3;
    private const double CloseScore = 0.75;
    private const int ShortSentenceWords = 8;
    private const int MaxEchoedQuestion = 200;

    public Task<GroundedAnswer> AnswerAsync(string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sources);
        cancellationToken.ThrowIfCancellationRequested();

        var terms = new Terms(sources.FirstOrDefault()?.Language);
        var analysis = QuestionAnalysis.For(question, history, terms);

        var ranked = SentenceRanker.Rank(analysis, sources, terms).Where(sentence => Qualifies(sentence, analysis)).ToList();
        var theses = AsksForThePosition(analysis) ? Theses(sources) : [];
        // "What does the author recommend?" asks for the remedy the text closes on first, the claim behind it second.
        var remedyFirst = WordTokenizer.Tokenize(question).Any(QuestionWords.Remedy.Contains);
        if (ranked.Count == 0 && theses.Count == 0)
        {
            return Task.FromResult(new GroundedAnswer(NotAnsweredText(question, sources.Count), [], Answered: false, EngineNames.Extractive));
        }

        var quotes = QuoteSpans.Choose(ranked, analysis.Intent, MaxSentences, CloseScore, ShortSentenceWords);
        var cited = quotes.Select(quote => new Citation(sources[quote.Paragraph.Source].Id, sources[quote.Paragraph.Source].Title, quote.Paragraph.Paragraph, quote.Text)).ToList();
        var sourceOrder = sources.Select(source => source.Id).ToList();
        var citations = (remedyFirst ? cited.Concat(theses) : theses.Concat(cited))
            // A cue-ranked sentence of the thesis's own paragraph repeats it.
            .DistinctBy(citation => (citation.ArticleId, citation.Paragraph))
            .Take(MaxSentences)
            .OrderBy(citation => sourceOrder.IndexOf(citation.ArticleId))
            .ToList();
        var lines = citations.Select(citation => sources.Count > 1
            ? $"{citation.ArticleTitle}, ¶{citation.Paragraph}: “{citation.Quote}”"
            : $"¶{citation.Paragraph}: “{citation.Quote}”");
        var leadIn = LeadIn(analysis.Intent, sources.Count);
        var text = string.Join('\n', leadIn is null ? lines : lines.Prepend(leadIn));
        return Task.FromResult(new GroundedAnswer(text, citations, Answered: true, EngineNames.Extractive));
    }

    /// <summary>
    /// "What is the main argument?", "What does the author propose?": a question about the author's position that names
    /// no topic of its own. Its answer starts with what the summary gives as each article's thesis, which cue words alone
    /// often miss ("The results do not show that it should be rolled out everywhere" carries one).
    /// </summary>
    private static bool AsksForThePosition(QuestionAnalysis analysis) =>
        analysis.ContentTerms.Count == 0 && analysis.Intent.HasFlag(QuestionIntent.Stance) && !analysis.Intent.HasFlag(QuestionIntent.Future);

    private static List<Citation> Theses(IReadOnlyList<Article> sources) =>
        [.. sources.Where(source => source.Paragraphs.Count > 0).Take(MaxSentences).Select(source =>
        {
            var thesis = ExtractiveSummarizer.Summarize(source, SummaryLength.Standard).Thesis;
            return new Citation(source.Id, source.Title, thesis.Paragraph, thesis.Quote);
        })];

    /// <summary>The plain answer when the sources do not address the question (shared with the model path).</summary>
    internal static string NotAnsweredText(string question, int sourceCount)
    {
        // Text's one truncator: never through a surrogate pair, so an emoji at the cut stays whole.
        var echoed = TextCut.Truncate(question, MaxEchoedQuestion);
        return sourceCount > 1
            ? $"The articles do not say. None of their paragraphs answers “{echoed}”."
            : $"The article does not say. None of its paragraphs answers “{echoed}”.";
    }

    /// <summary>
    /// May this sentence be quoted? With topic terms: its paragraph must carry enough of their weight, more when a
    /// factual question ("who", "when", "how many") finds no name, date or figure in it. Without: enough cues.
    /// </summary>
    private static bool Qualifies(RankedSentence sentence, QuestionAnalysis analysis)
    {
        if (analysis.ContentTerms.Count == 0)
        {
            return sentence.Score >= MinCueScore;
        }

        var paragraph = sentence.Paragraph;
        var text = paragraph.Span(sentence.Index, sentence.Index);
        var words = sentence.Words;
        var required = !SentenceCues.MeetsFactualIntent(analysis.Intent & ~QuestionIntent.Person, text, words) ? UnmetIntentCoverage
            : !SentenceCues.MeetsFactualIntent(analysis.Intent & QuestionIntent.Person, text, words) ? UnmetPersonCoverage
            : MinCoverage;
        return paragraph.Coverage >= required;
    }

    /// <summary>A few words saying what kind of answer follows, for the questions that asked for one.</summary>
    private static string? LeadIn(QuestionIntent intent, int sourceCount)
    {
        if ((intent & (QuestionIntent.Person | QuestionIntent.Time | QuestionIntent.Quantity)) != QuestionIntent.None)
        {
            // A name, date or figure answers for itself.
            return null;
        }

        var source = sourceCount > 1 ? "The articles" : "The article";
        return intent switch
        {
            _ when intent.HasFlag(QuestionIntent.Cause) => $"{source} explain{(sourceCount > 1 ? string.Empty : "s")} it this way:",
            _ when intent.HasFlag(QuestionIntent.Future) => $"What {source.ToLowerInvariant()} expect{(sourceCount > 1 ? string.Empty : "s")}:",
            _ when intent.HasFlag(QuestionIntent.Stance) => sourceCount > 1 ? "The authors' position:" : "The author's position:",
            _ => null,
        };
    }
}
