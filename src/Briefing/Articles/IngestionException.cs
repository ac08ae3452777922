namespace Briefing.Articles;

/// <summary>A source could not be ingested. <see cref="Exception.Message"/> is one line naming the source and the reason.</summary>
public sealed class IngestionException : Exception
{
    public IngestionException(string source, IngestionFailure reason, string detail, Exception? inner = null)
        : base($"{source}: {detail}", inner)
    {
        Source = source;
        Reason = reason;
    }

    public new string Source { get; }
    public IngestionFailure Reason { get; }
}

public enum IngestionFailure
{
    NotFound,
    NotHtml,
    TooLarge,
    TimedOut,
    BlockedAddress,
    UnparsableFeed,
    NoReadableText,
    Unreachable,
    InvalidSource,
}
