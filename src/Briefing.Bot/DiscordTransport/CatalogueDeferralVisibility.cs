using Briefing.Bot.Commands;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// A deferral made before a command's handler decided is EPHEMERAL when the catalogue marks the command's replies
/// private: Discord fixes the original's visibility with the acknowledgement, and a public "thinking..." must not turn
/// into someone's private answer.
/// </summary>
public sealed class CatalogueDeferralVisibility : IDeferralVisibility
{
    public bool DeferEphemeral(Interaction interaction) =>
        InvokedCommand.From(interaction) is { } command && CommandCatalogue.Find(command.Name)?.EphemeralReplies == true;
}
