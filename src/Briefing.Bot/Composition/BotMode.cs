namespace Briefing.Bot.Composition;

/// <summary>How the executable runs: a one-shot CLI command, the interactive local console, or the Discord bot.</summary>
public enum BotMode
{
    Cli,
    Console,
    Discord,
}
