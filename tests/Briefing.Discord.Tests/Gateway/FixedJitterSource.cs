using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>Always the same "random" number, so heartbeat and reconnect delays are known in advance.</summary>
internal sealed class FixedJitterSource(double value) : IJitterSource
{
    public double NextDouble() => value;
}
