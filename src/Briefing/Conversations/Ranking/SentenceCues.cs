using Briefing.Text;

namespace Briefing.Conversations.Ranking;

/// <summary>
/// Which of the answer kinds a sentence offers (a reason, a forecast, a position, a name, a date, a figure),
/// read from its raw words and capitals. These are soft signals: they re-rank sentences that already match.
/// </summary>
internal static class SentenceCues
{
    /// <summary>How many cue words of each kind the sentence carries, for the kinds the question asks about.</summary>
    public static int Count(QuestionIntent intent, string sentence, IReadOnlyList<string> words)
    {
        var count = 0;
        if (intent.HasFlag(QuestionIntent.Cause))
        {
            count += words.Count(QuestionWords.Causal.Contains);
        }

        if (intent.HasFlag(QuestionIntent.Future))
        {
            count += words.Count(QuestionWords.Forward.Contains);
        }

        if (intent.HasFlag(QuestionIntent.Stance))
        {
            count += words.Count(QuestionWords.Stance.Contains);
        }

        if (intent.HasFlag(QuestionIntent.Person))
        {
            count += Math.Min(2, NamesIn(sentence));
        }

        if (intent.HasFlag(QuestionIntent.Time))
        {
            count += words.Count(word => QuestionWords.Calendar.Contains(word) || IsYear(word));
        }

        if (intent.HasFlag(QuestionIntent.Quantity))
        {
            count += words.Count(word => QuestionWords.NumberWords.Contains(word) || word.Any(char.IsDigit));
        }

        return count;
    }

    /// <summary>Do "who", "when" and "how many" find what they need (a name, a date or duration, a figure)?</summary>
    public static bool MeetsFactualIntent(QuestionIntent intent, string sentence, IReadOnlyList<string> words)
    {
        var factual = intent & (QuestionIntent.Person | QuestionIntent.Time | QuestionIntent.Quantity);
        return factual == QuestionIntent.None || Count(factual, sentence, words) > 0
            || (factual.HasFlag(QuestionIntent.Time) && words.Any(word => word.Any(char.IsDigit) || QuestionWords.NumberWords.Contains(word)));
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2';

    /// <summary>Capitalised words after the first word: names of people, places and bodies.</summary>
    private static int NamesIn(string sentence)
    {
        var spans = WordTokenizer.Spans(sentence);
        return spans.Skip(1).Count(span => char.IsUpper(sentence[span.Start]));
    }
}
