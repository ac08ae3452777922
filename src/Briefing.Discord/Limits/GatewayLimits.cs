namespace Briefing.Discord.Limits;

/// <summary>Discord's limits on what a gateway connection may send.</summary>
public static class GatewayLimits
{
    /// <summary>Bytes in one outbound payload; a larger one makes Discord close the connection.</summary>
    public const int PayloadBytes = 4096;
}
