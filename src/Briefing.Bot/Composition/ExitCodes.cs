namespace Briefing.Bot.Composition;

/// <summary>The executable's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Bad input or a failed start: the reason is one line on stderr.</summary>
    public const int BadInput = 1;
    /// <summary>The command line itself is wrong (unknown command, missing argument, bad option value).</summary>
    public const int Usage = 2;
}
