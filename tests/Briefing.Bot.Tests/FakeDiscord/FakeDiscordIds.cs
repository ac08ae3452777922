namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>The fixed world of the fake Discord: one application (= bot user), one guild, one channel, one person.</summary>
public static class FakeDiscordIds
{
    public const ulong Application = 1290000000000000001;
    public const ulong Guild = 1290000000000000100;
    public const ulong Channel = 1290000000000000200;
    public const ulong User = 1290000000000000300;
    public const ulong OtherBot = 1290000000000000400;
    public const string Token = "fake-discord-token.for-tests-only";

    // Discord's epoch (2015-01-01T00:00:00Z) in Unix milliseconds; snowflake = ms << 22 | increment.
    private const long DiscordEpochMs = 1420070400000;
    private static long s_increment;

    /// <summary>A fresh, increasing snowflake.</summary>
    public static ulong NewId()
    {
        var ms = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpochMs);
        return (ms << 22) | ((ulong)Interlocked.Increment(ref s_increment) & 0x3FFFFF);
    }
}
