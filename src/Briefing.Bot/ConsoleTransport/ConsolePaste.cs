using Briefing.Bot.Commands;
using Briefing.Text;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// What a console paste block collected: the text with its line breaks (blank lines part paragraphs), or only its size
/// when it went over the cap (the text is not kept, so an oversized paste costs no more memory than the cap).
/// </summary>
public sealed record ConsolePaste(string? Text, int Lines, long Bytes, bool TooLarge)
{
    public const string NothingPasted = "Nothing was pasted, so there is nothing to summarize.";

    /// <summary>
    /// The one line that answers a paste the summarizer is not given, or null when it is text to summarize. A paste too
    /// short to read as a text would be searched as words by <c>/summarize</c>, which is not what pasting asked for.
    /// </summary>
    public string? Refusal(long maxBytes)
    {
        if (TooLarge)
        {
            return $"That paste is too large to summarize: over {ByteSize.Describe(maxBytes)} (Ingestion:MaxResponseBytes, the cap on a fetched page or a file). Nothing was stored.";
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return NothingPasted;
        }

        return PastedText.IsPastedText(Text) || ArticleFinder.IsWebUrl(Text.Trim())
            ? null
            : $"That paste is too short to read as a text ({PastedText.MinLength}+ characters, or 3+ sentences); to search the library for words, type /summarize <words>.";
    }
}
