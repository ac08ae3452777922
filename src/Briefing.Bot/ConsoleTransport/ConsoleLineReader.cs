namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// Lines from the console's input, one at a time, for the session's loop and for a paste block inside it. A terminal
/// read cannot be cancelled, so there it runs on its own task and Ctrl+C ends the wait at once; a script is read
/// asynchronously.
/// </summary>
public sealed class ConsoleLineReader(TextReader input, bool interactive)
{
    /// <summary>The next line, or null at the end of the input (a script's end, Ctrl+D at a terminal).</summary>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => interactive
        ? Task.Run(input.ReadLine, cancellationToken).WaitAsync(cancellationToken)
        : input.ReadLineAsync(cancellationToken).AsTask();
}
