using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>What <see cref="IInteractionAdmission"/> decided about one interaction at its arrival.</summary>
public sealed record InteractionAdmission
{
    /// <summary>Nothing was checked (not a command the transport knows how to check): the handler checks as usual.</summary>
    public static InteractionAdmission Unchecked { get; } = new();

    /// <summary>Checked and let through: the handler must not check again (a rate-limit permit is already taken).</summary>
    public static InteractionAdmission Admitted { get; } = new() { Checked = true };

    /// <summary>Checked and refused: <paramref name="answer"/> (private) is the whole reply, sent as the acknowledgement.</summary>
    public static InteractionAdmission Refused(MessagePayload answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new() { Checked = true, Refusal = answer };
    }

    public bool Checked { get; private init; }

    public MessagePayload? Refusal { get; private init; }
}
