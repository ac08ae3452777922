namespace Briefing.Discord.Interactions;

/// <summary>How Discord delivers interactions: over the gateway, or as POSTs to the bot's HTTP endpoint (never both).</summary>
public enum InteractionsMode
{
    Gateway,
    Http,
}
