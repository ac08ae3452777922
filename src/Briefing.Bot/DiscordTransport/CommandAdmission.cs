using Briefing.Bot.Commands;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Runs the <see cref="CommandDispatcher"/>'s checks (unknown command, usage, Manage Server, the per-user rate limit)
/// when a slash command arrives, before it waits for a handler: a refused command costs one private type-4
/// acknowledgement, where a public deferral made first would cost a deletion and a private follow-up as well. In
/// memory only (the interaction lane calls it on the socket reader). Other interactions are left to their handlers.
/// </summary>
public sealed class CommandAdmission(CommandDispatcher dispatcher) : IInteractionAdmission
{
    public InteractionAdmission Admit(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (InvokedCommand.From(interaction) is not { } command)
        {
            return InteractionAdmission.Unchecked;
        }
        // The bound thread is not needed by any check (and finding it reads the database): the handler maps it later.
        var invocation = InteractionInvocationMapper.Map(interaction, command, boundThreadId: null);
        return dispatcher.Admit(invocation) is { } refusal
            ? InteractionAdmission.Refused(BotReplyRenderer.Render(refusal)[0])
            : InteractionAdmission.Admitted;
    }
}
