namespace Briefing.Discord.Gateway;

/// <summary>Thrown instead of sending a gateway payload over Discord's 4096-byte limit (Discord would close the connection).</summary>
public sealed class GatewayPayloadTooLargeException(int size)
    : InvalidOperationException($"Gateway payload of {size} bytes exceeds Discord's limit of {GatewayConnection.MaxPayloadBytes} bytes.")
{
    public int Size { get; } = size;
}
