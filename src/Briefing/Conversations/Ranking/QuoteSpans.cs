using Briefing.Text;

namespace Briefing.Conversations.Ranking;

/// <summary>
/// Picks what to quote from the ranked sentences: the best one, with the sentences after it when it only
/// announces the point ("The timing matters too."), gives a view to others that the author then answers ("Some argue
/// …"), or when a "why" question needs the explanation that follows,
/// then the best sentences of other paragraphs that score close to it, up to a budget of sentences.
/// </summary>
internal static class QuoteSpans
{
    private const int MaxExplanationSentences = 2;

    public static IReadOnlyList<Quote> Choose(IReadOnlyList<RankedSentence> ranked, QuestionIntent intent, int maxSentences, double closeScore, int shortSentenceWords)
    {
        var best = ranked[0];
        var last = Extend(best, intent, maxSentences - 1, shortSentenceWords);
        var quotes = new List<Quote> { new(best.Paragraph, best.Paragraph.Span(best.Index, last)) };
        var budget = maxSentences - (last - best.Index + 1);
        foreach (var sentence in ranked.Skip(1))
        {
            if (budget == 0 || sentence.Score < best.Score * closeScore)
            {
                break;
            }

            if (quotes.Any(quote => quote.Paragraph == sentence.Paragraph))
            {
                continue;
            }

            quotes.Add(new Quote(sentence.Paragraph, sentence.Paragraph.Span(sentence.Index, sentence.Index)));
            budget--;
        }

        return quotes;
    }

    /// <summary>The index of the last sentence to quote with <paramref name="anchor"/>.</summary>
    private static int Extend(RankedSentence anchor, QuestionIntent intent, int room, int shortSentenceWords)
    {
        var paragraph = anchor.Paragraph;
        var available = Math.Min(room, paragraph.Sentences.Count - 1 - anchor.Index);
        if (available <= 0)
        {
            return anchor.Index;
        }

        var anchorText = paragraph.Span(anchor.Index, anchor.Index);
        if (AttributedView.Opens(anchorText))
        {
            // A view the author gives to others is quoted with the sentence after it, where the author answers it.
            return anchor.Index + 1;
        }

        if (intent.HasFlag(QuestionIntent.Cause) && !HasCause(anchorText))
        {
            // The reason usually follows the claim: quote up to the first sentence that gives one.
            var last = anchor.Index;
            while (last - anchor.Index < Math.Min(available, MaxExplanationSentences))
            {
                last++;
                if (HasCause(paragraph.Span(last, last)))
                {
                    break;
                }
            }

            return last;
        }

        return WordTokenizer.CountWords(anchorText) < shortSentenceWords ? anchor.Index + 1 : anchor.Index;
    }

    private static bool HasCause(string sentence) => WordTokenizer.Tokenize(sentence).Any(QuestionWords.Causal.Contains);
}
