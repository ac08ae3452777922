using System.Text.RegularExpressions;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Recognises sentences that report someone else's words ("He said: 'I think ...'"). Stance markers inside
/// them are the speaker's, not the author's, so they must not make a quote the thesis.
/// </summary>
internal static partial class ReportedSpeech
{
    public static bool Matches(string sentence) =>
        sentence.Length > 0 && (IsOpeningQuote(sentence[0]) || SpeechVerbThenQuote().IsMatch(sentence) || QuoteThenSpeechVerb().IsMatch(sentence));

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '«';

    [GeneratedRegex(@"\b(?:said|says|added|told\s+\S+|explained|insisted|claimed|stated|wrote|tweeted|warned|admitted)\s*[:,]\s*[""'“‘]", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerbThenQuote();

    [GeneratedRegex(@"[""'”’]\s*,?\s+(?:\S+\s+){0,3}(?:said|says|added|explained|insisted|claimed|wrote|tweeted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteThenSpeechVerb();
}
