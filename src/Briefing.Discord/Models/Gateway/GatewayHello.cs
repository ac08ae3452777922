namespace Briefing.Discord.Models;

/// <summary><c>d</c> of op 10 HELLO: how often (milliseconds) the client must heartbeat.</summary>
public sealed record GatewayHello(int HeartbeatInterval);
