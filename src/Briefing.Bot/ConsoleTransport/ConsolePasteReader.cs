using System.Text;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// The console's paste block, started by <c>/summarize</c> with nothing to summarize on its line: every line that
/// follows is text, kept as it is (blank lines part paragraphs, a "#" or "/" line is the text's own), until a line
/// holding only a dot or the end of the input. A person copying an article from a web page pastes many lines, and
/// outside a block each would be a command or a question.
/// </summary>
public static class ConsolePasteReader
{
    public const string Terminator = ".";

    public const string Prompt = "Paste the text; end with a line holding only a dot, or Ctrl+D.";

    public const string HelpText = "/summarize alone (or with length:) reads a pasted text of many lines: paste it, then end with a line holding only a dot, or Ctrl+D.";

    /// <summary>Collects the block; past <paramref name="maxBytes"/> (UTF-8) it keeps reading to the end marker but keeps no text.</summary>
    public static async Task<ConsolePaste> ReadAsync(ConsoleLineReader reader, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = new StringBuilder();
        var lines = 0;
        long bytes = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line && line.Trim() != Terminator)
        {
            lines++;
            if (bytes > maxBytes)
            {
                // The rest of an oversized paste is still the paste: read on, or its lines would run as commands and questions.
                continue;
            }

            bytes += Encoding.UTF8.GetByteCount(line) + (lines > 1 ? 1 : 0);
            if (bytes > maxBytes)
            {
                text.Clear();
                continue;
            }

            text.Append(line).Append('\n');
        }

        return bytes > maxBytes ? new ConsolePaste(null, lines, bytes, TooLarge: true) : new ConsolePaste(text.ToString(), lines, bytes, TooLarge: false);
    }
}
