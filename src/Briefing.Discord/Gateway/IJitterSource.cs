namespace Briefing.Discord.Gateway;

/// <summary>Random numbers in [0, 1) for heartbeat and reconnect jitter; replaced in tests to make timing deterministic.</summary>
internal interface IJitterSource
{
    double NextDouble();
}

/// <summary>Default jitter from <see cref="Random.Shared"/> (thread-safe).</summary>
internal sealed class SharedRandomJitterSource : IJitterSource
{
    public double NextDouble() => Random.Shared.NextDouble();
}
