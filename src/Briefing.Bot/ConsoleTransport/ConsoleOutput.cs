namespace Briefing.Bot.ConsoleTransport;

/// <summary>Where the local console and the CLI write: the process's standard streams, or writers a test supplies.</summary>
public sealed class ConsoleOutput(TextWriter output, TextWriter error)
{
    /// <summary>Synchronized: the digest scheduler may post while the console is answering.</summary>
    public TextWriter Out { get; } = TextWriter.Synchronized(output);
    public TextWriter Error { get; } = TextWriter.Synchronized(error);
}
