namespace Briefing.Bot.Commands;

/// <summary>
/// Options of which exactly one must be given (Discord cannot declare "one of", so each is optional there), with the
/// line that answers an invocation giving none or several. Checked with the other usage checks, before any permit is
/// taken, so a mistyped command costs the user nothing and is refused at arrival.
/// </summary>
public sealed record ExactlyOneOption(IReadOnlyList<string> Names, string NoneGiven, string SeveralGiven)
{
    /// <summary>The refusal for this invocation, or null when exactly one of the options is given.</summary>
    public string? Refusal(CommandInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var given = Names.Count(name => invocation.Option(name) is not null || invocation.Attachment(name) is not null);
        return given switch
        {
            0 => NoneGiven,
            1 => null,
            _ => SeveralGiven,
        };
    }
}
