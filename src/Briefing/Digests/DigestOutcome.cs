namespace Briefing.Digests;

/// <summary>What one scheduler check did for one subscription.</summary>
public enum DigestOutcome
{
    NotDue,
    Posted,
    Empty,
    AlreadyDelivered,
    MissedOutsideWindow,
}
