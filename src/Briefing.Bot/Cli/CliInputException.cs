namespace Briefing.Bot.Cli;

/// <summary>Bad input to a CLI command; the message is the one line the user sees (exit code 1).</summary>
public sealed class CliInputException(string message) : Exception(message);
