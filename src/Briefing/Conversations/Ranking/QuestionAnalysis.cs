namespace Briefing.Conversations.Ranking;

/// <summary>
/// A question split into what must be found in the article (its topic terms, stemmed) and how it asks:
/// framing words ("important", "the author think") kept only as soft terms, and the kind of answer it wants.
/// </summary>
internal sealed class QuestionAnalysis
{
    private QuestionAnalysis(IReadOnlyList<string> contentTerms, IReadOnlySet<string> softTerms, QuestionIntent intent)
    {
        ContentTerms = contentTerms;
        SoftTerms = softTerms;
        Intent = intent;
    }

    /// <summary>Distinct stemmed topic terms; the article must carry enough of their weight to answer.</summary>
    public IReadOnlyList<string> ContentTerms { get; }

    /// <summary>Stemmed framing words: a sentence that happens to use them ("the timing matters") gets a little credit.</summary>
    public IReadOnlySet<string> SoftTerms { get; }

    public QuestionIntent Intent { get; }

    /// <summary>Can the question be answered without a topic of its own ("what will happen next?", "what does the author think?")?</summary>
    public bool StandsAlone => ContentTerms.Count > 0 || (Intent & (QuestionIntent.Future | QuestionIntent.Stance)) != QuestionIntent.None;

    /// <summary>The question read in its thread: a follow-up like "Why?" or "Who said so?" asks about the topic of the reader's previous question.</summary>
    public static QuestionAnalysis For(string question, IReadOnlyList<ConversationTurn> history, Terms terms)
    {
        var analysis = Of(question, terms);
        if (analysis.StandsAlone || history.LastOrDefault(turn => turn.Role == ConversationRole.User) is not { } previous)
        {
            return analysis;
        }

        var earlier = Of(previous.Text, terms);
        return new QuestionAnalysis(earlier.ContentTerms, new HashSet<string>(analysis.SoftTerms.Concat(earlier.SoftTerms), StringComparer.Ordinal), analysis.Intent);
    }

    public static QuestionAnalysis Of(string question, Terms terms)
    {
        var words = Briefing.Text.WordTokenizer.Tokenize(question);
        var content = new List<string>();
        var soft = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (terms.OfWord(word) is not { } stem)
            {
                continue;
            }

            if (QuestionWords.Generic.Contains(word))
            {
                soft.Add(stem);
            }
            else if (!content.Contains(stem, StringComparer.Ordinal))
            {
                content.Add(stem);
            }
        }

        var intent = IntentOf(words);
        if (content.Count > 0 && !words.Any(QuestionWords.TheAuthor.Contains))
        {
            // "What does the cooperative propose?" asks what someone in the article thinks, not the author's stance.
            intent &= ~QuestionIntent.Stance;
        }

        return new QuestionAnalysis(content, soft, intent);
    }

    private static QuestionIntent IntentOf(List<string> words)
    {
        var intent = QuestionIntent.None;
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            intent |= words[i] switch
            {
                "why" or "reason" or "reasons" or "cause" or "caused" => QuestionIntent.Cause,
                "who" or "whom" or "whose" => QuestionIntent.Person,
                "when" => QuestionIntent.Time,
                "how" when next is "many" or "much" => QuestionIntent.Quantity,
                "how" when next is "long" or "soon" or "often" => QuestionIntent.Time,
                "what" when next is "year" or "date" or "day" or "time" => QuestionIntent.Time,
                // "What is the carbon price?", "What was the budget?": the noun names a figure (close after "what is").
                "what" when next is "is" or "was" or "are" or "were" && AsksForFigure(words, i + 2) => QuestionIntent.Quantity,
                _ when QuestionWords.FutureQuestion.Contains(words[i]) => QuestionIntent.Future,
                _ when QuestionWords.StanceQuestion.Contains(words[i]) => QuestionIntent.Stance,
                _ => QuestionIntent.None,
            };
        }

        return intent;
    }

    // The noun phrase right after "what is": "the [new] [carbon] price", at most three words in.
    private static bool AsksForFigure(List<string> words, int start) =>
        words.Skip(start).Take(4).TakeWhile(word => word is not ("of" or "for" or "in" or "on" or "about")).Any(QuestionWords.QuantityNouns.Contains);
}
