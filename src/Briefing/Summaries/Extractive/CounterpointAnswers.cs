using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// The author's answer to a counterpoint, when the text gives one right there: the rest of the same sentence
/// ("Admittedly X, but Y" → Y; "Y, even if X" → Y), or the next sentence of the paragraph when it opens by answering
/// ("Yet ...", "However, ...") or turns on a contrast ("That risk is real, but Y" → Y).
/// </summary>
internal static class CounterpointAnswers
{
    // Shorter than this, the rest of a sentence is a tag ("..., they say."), not an answer.
    private const int MinAnswerWords = 4;

    private static readonly string[] Openers = ["but ", "yet ", "however ", "however, ", "still, ", "nevertheless, "];

    public static string? Find(IReadOnlyList<SentenceFeatures> features, int index, TextSpan conceded)
    {
        var sentence = features[index].Sentence;
        var rest = conceded.Start > 0
            ? sentence.Text[..conceded.Start]
            : sentence.Text[Math.Min(sentence.Text.Length, conceded.Start + conceded.Length)..];
        rest = Trim(rest);
        if (WordTokenizer.CountWords(rest) >= MinAnswerWords)
        {
            return rest;
        }
        if (index + 1 >= features.Count || !AnswersIn(features, index))
        {
            return null;
        }
        var next = features[index + 1].Sentence.Text;
        // "Q: Critics say X." / "A: They did twenty years ago. A meter now costs a third …": the answer is the reply, read
        // with its next sentence when its first says too little alone.
        if (features[index + 1].Sentence.Paragraph != sentence.Paragraph)
        {
            var reply = features[index + 1].Sentence;
            var more = index + 2 < features.Count && features[index + 2].Sentence.Paragraph == reply.Paragraph && reply.WordCount < ShortReplyWords;
            return Trim(more ? $"{next} {features[index + 2].Sentence.Text}" : next);
        }
        // "That is true, yet X": the grant is only the way in; the answer is X.
        var granted = GrantingReply.AnswerStart(next);
        if (granted >= 0)
        {
            return Trim(next[granted..]);
        }
        // "That was true in 2020." grants the view in a sentence of its own; the answer comes after it.
        if (GrantingReply.IsBareGrant(next))
        {
            return index + 2 < features.Count && features[index + 2].Sentence.Paragraph == features[index + 1].Sentence.Paragraph ? Trim(features[index + 2].Sentence.Text) : null;
        }
        if (features[index].AnsweredNext)
        {
            return Trim(next);
        }
        var contrast = next.IndexOf(", but ", StringComparison.OrdinalIgnoreCase);
        return contrast > 0 && WordTokenizer.CountWords(next.AsSpan(contrast)) > MinAnswerWords ? Trim(next[(contrast + 1)..]) : null;
    }

    /// <summary>
    /// Can the sentence after the counterpoint answer it? In the same paragraph; or, in an interview, as the first words
    /// of the answer ("A: They did twenty years ago. …") to the question whose last sentence it is ("Q: Critics say X.").
    /// </summary>
    private static bool AnswersIn(IReadOnlyList<SentenceFeatures> features, int index)
    {
        var (view, next) = (features[index].Sentence, features[index + 1].Sentence);
        return next.Paragraph == view.Paragraph
            || (view.IsInterviewerTurn && !next.IsInterviewerTurn && next.Paragraph == view.Paragraph + 1 && next.Span.Start <= MaxLabelLength);
    }

    // "A: " opens the answer's paragraph; its first sentence starts right after it.
    private const int MaxLabelLength = 4;

    // A reply this short ("They did twenty years ago.") leans on the sentence after it for its point.
    private const int ShortReplyWords = 6;

    /// <summary>
    /// The counterpoint and the sentences read with it as its answer: a reply to it (see <see cref="RepliesToPrevious"/>),
    /// or in an interview the reply that opens the next answer; and when that reply is a bare grant ("That was true in
    /// 2020.") or too short alone, the sentence after it, as <see cref="Find"/> gives them. None of them is a point of its own.
    /// </summary>
    public static IEnumerable<int> ReadWith(IReadOnlyList<SentenceFeatures> features, int counterpoint)
    {
        yield return counterpoint;
        var reply = counterpoint + 1;
        if (reply >= features.Count)
        {
            yield break;
        }
        var interviewReply = features[reply].Sentence.Paragraph != features[counterpoint].Sentence.Paragraph && AnswersIn(features, counterpoint);
        if (!interviewReply && !RepliesToPrevious(features, reply))
        {
            yield break;
        }
        yield return reply;
        var leansOnNext = interviewReply ? features[reply].Sentence.WordCount < ShortReplyWords : GrantingReply.IsBareGrant(features[reply].Sentence.Text);
        if (leansOnNext && reply + 1 < features.Count && features[reply + 1].Sentence.Paragraph == features[reply].Sentence.Paragraph)
        {
            yield return reply + 1;
        }
    }

    /// <summary>
    /// The sentence after a counterpoint when it is only the author's answer to it ("That is true, yet X", "That fear is
    /// overstated: X", "They cannot: X" after a reported view) or the grant before that answer ("That was true in 2020."): it is read with the counterpoint, so it
    /// is neither a counterpoint nor a point of its own.
    /// </summary>
    public static bool RepliesToPrevious(IReadOnlyList<SentenceFeatures> features, int index) =>
        index > 0 && features[index - 1].Sentence.Paragraph == features[index].Sentence.Paragraph
        && (GrantingReply.AnswerStart(features[index].Sentence.Text) >= 0 || GrantingReply.IsBareGrant(features[index].Sentence.Text)
            || OpposingViews.Dismisses(features[index].Sentence.Words)
            || (features[index - 1].ReportedOpinion > 0 && OpposingViews.Contradicts(features[index].Sentence.Text)));

    private static string Trim(string text)
    {
        text = text.Trim().TrimStart(',', ';', ':', '-', '–', '—', ' ');
        foreach (var opener in Openers)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return text[opener.Length..].TrimStart(',', ' ');
            }
        }
        return text;
    }
}
