namespace Briefing.Bot.Commands;

/// <summary>
/// A file given to an attachment option, as the transport resolved it: the name it was uploaded under, the media type
/// the platform recognised (if any), its size in bytes and where to download it.
/// </summary>
public sealed record CommandAttachment(string FileName, string? ContentType, long Size, Uri Url);
