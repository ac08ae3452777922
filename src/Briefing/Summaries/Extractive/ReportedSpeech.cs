using System.Text.RegularExpressions;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Recognises sentences that report someone else's words ("He said: 'I think ...'"). Stance markers inside
/// them are the speaker's, not the author's, so they must not make a quote the thesis.
/// </summary>
internal static partial class ReportedSpeech
{
    public static bool Matches(string sentence) =>
        sentence.Length > 0 && (IsOpeningQuote(sentence[0]) || EndsQuotation(sentence)
            || SpeechVerbThenQuote().IsMatch(sentence) || QuoteThenSpeechVerb().IsMatch(sentence));

    /// <summary>A quotation opened here runs on into the next sentence (no closing mark after the full stop).</summary>
    public static bool RunsOn(string sentence) =>
        sentence.Length > 0 && (IsOpeningQuote(sentence[0]) || SpeechVerbThenQuote().IsMatch(sentence)) && !EndsQuotation(sentence);

    // ".'" or ".”" at the very end: the sentence closes a quotation.
    private static bool EndsQuotation(string sentence) =>
        sentence.Length > 1 && sentence[^1] is '\'' or '"' or '”' or '’' && sentence[^2] is '.' or '!' or '?' or ',';

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '«';

    [GeneratedRegex(@"\b(?:said|says|added|told\s+\S+|explained|insisted|claimed|stated|wrote|tweeted|warned|admitted)\s*[:,]\s*[""'“‘]", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerbThenQuote();

    [GeneratedRegex(@"[""'”’]\s*,?\s+(?:\S+\s+){0,3}(?:said|says|added|explained|insisted|claimed|wrote|tweeted|told|tells|noted|argued|asked|recalled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteThenSpeechVerb();
}
