namespace Briefing.Bot.Composition;

/// <summary>Bad input to a command run on the host; <see cref="BotHost.RunAsync"/> prints the message as the one line the user sees (exit code 1).</summary>
public sealed class BadInputException(string message) : Exception(message);
