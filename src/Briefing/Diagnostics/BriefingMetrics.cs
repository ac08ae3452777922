using System.Diagnostics.Metrics;

namespace Briefing.Diagnostics;

/// <summary>
/// The product's instruments on the <c>Briefing</c> meter: digests posted and feed polls. Plain
/// System.Diagnostics.Metrics; the executable decides whether anything exports them.
/// </summary>
public sealed class BriefingMetrics
{
    /// <summary>The meter every Briefing project records on; the executable exports this name.</summary>
    public const string MeterName = "Briefing";

    public const string DigestsPostedName = "briefing.digests.posted";
    public const string FeedPollsName = "briefing.feeds.polls";

    private readonly Counter<long> _digestsPosted;
    private readonly Counter<long> _feedPolls;

    public BriefingMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _digestsPosted = meter.CreateCounter<long>(DigestsPostedName, "{digest}", "Digest runs posted to a channel (every page confirmed)");
        _feedPolls = meter.CreateCounter<long>(FeedPollsName, "{poll}", "Feed polls, by outcome: not_modified, ingested or failed");
    }

    public void DigestPosted() => _digestsPosted.Add(1);

    public void FeedPolled(string outcome) => _feedPolls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
