namespace Briefing.Discord.Models;

/// <summary>A Discord user. <c>global_name</c> is newer than old captures, so it may be missing.</summary>
public sealed record DiscordUser
{
    public ulong Id { get; init; }
    public string Username { get; set; } = "";
    public string? GlobalName { get; init; }
    public string? Discriminator { get; init; }
    public string? Avatar { get; init; }
    public bool Bot { get; init; }

    /// <summary>The name to show: the display name when set, else the username.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}
