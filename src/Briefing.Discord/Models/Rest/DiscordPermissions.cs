namespace Briefing.Discord.Models;

/// <summary>Permission bits the bot checks (member.permissions, app_permissions) before calling Discord.</summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong UseApplicationCommands = 1UL << 31;
    public const ulong ManageThreads = 1UL << 34;
    public const ulong CreatePublicThreads = 1UL << 35;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>True when <paramref name="granted"/> holds every bit of <paramref name="required"/> (Administrator holds all).</summary>
    public static bool Has(ulong? granted, ulong required) =>
        granted is { } bits && ((bits & Administrator) != 0 || (bits & required) == required);
}
