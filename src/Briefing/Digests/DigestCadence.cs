namespace Briefing.Digests;

/// <summary>How often a channel's digest is posted: every day, or once a week on the subscription's weekday.</summary>
public enum DigestCadence
{
    Daily,
    Weekly,
}
