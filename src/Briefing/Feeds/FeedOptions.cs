using System.ComponentModel.DataAnnotations;

namespace Briefing.Feeds;

/// <summary>How subscribed RSS/Atom feeds are polled (section <c>Feeds</c>).</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Time between successful polls of one feed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the poller looks for due feeds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Upper bound of the exponential backoff after consecutive failures.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A feed that fails this many times in a row is disabled.</summary>
    [Range(1, 1000)]
    public int DisableAfterFailures { get; set; } = 10;

    /// <summary>Most feeds polled in one pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed feed stays reserved for this instance; an instance that dies mid-poll frees it after this.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Newest items taken from one feed per poll; older ones are assumed already seen.</summary>
    [Range(1, 1000)]
    public int MaxItemsPerPoll { get; set; } = 30;
}
