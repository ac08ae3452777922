namespace Briefing.Digests;

/// <summary>
/// The transport cannot post in the channel and retrying soon will not help: it was deleted, or the bot lost
/// access (Discord answers 403 or 404). <see cref="Exception.Message"/> is a short reason fit to show in
/// <c>/digest list</c>, e.g. "403 Missing Access".
/// </summary>
public sealed class ChannelUnavailableException : Exception
{
    public ChannelUnavailableException()
    {
    }

    public ChannelUnavailableException(string reason)
        : base(reason)
    {
    }

    public ChannelUnavailableException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
