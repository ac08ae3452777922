using System.Security.Cryptography;

namespace Briefing.Bot.Commands;

/// <summary>Short ids shown in apologies and written to the log next to the exception, so a user's report finds the log line.</summary>
public static class ReferenceId
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    public static BotReply Apology(string referenceId) =>
        BotReply.Text($"Sorry, something went wrong on my side. Reference: `{referenceId}`.", ephemeral: true);
}
