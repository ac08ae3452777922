namespace Briefing.Discord.Models;

/// <summary>
/// A file behind an attachment option (type 11), from <c>data.resolved.attachments</c>: the name Discord stored it
/// under, its media type when Discord recognised one, its size in bytes and the CDN address to download it from.
/// <see cref="Title"/> is the original name when <see cref="Filename"/> had special characters replaced.
/// </summary>
public sealed record DiscordAttachment
{
    public ulong Id { get; init; }
    public string Filename { get; set; } = "";
    public string? Title { get; init; }
    public string? ContentType { get; init; }
    public long Size { get; init; }
    public string Url { get; set; } = "";
    public string? ProxyUrl { get; init; }
}
