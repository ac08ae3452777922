using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Briefing.Digests;

/// <summary>How daily digests are scheduled and laid out (section <c>Digests</c>).</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string Section = "Digests";

    /// <summary>After downtime, a digest whose time passed at most this long ago is still posted (once).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MissedDigestWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the scheduler looks for subscriptions whose time has come.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Articles per message. Discord allows 25 fields and 6000 characters per embed; 5 entries of at most ~1,000 characters stay below it.</summary>
    [Range(1, 20)]
    public int EntriesPerMessage { get; set; } = 5;

    /// <summary>Most articles one digest lists; the rest are counted, not listed.</summary>
    [Range(1, 500)]
    public int MaxEntries { get; set; } = 40;

    /// <summary>How long a channel's digest run is owned before another instance may take it over; renewed before every page.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>First wait after a channel answers 403/404; it doubles with each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait between attempts on a failing channel.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxFailureBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>403/404 answers in a row after which the subscription is paused until it is subscribed again.</summary>
    [Range(1, 100)]
    public int PauseAfterFailures { get; set; } = 5;

    /// <summary>Local time used by <c>/digest subscribe</c> when none is given (HH:mm).</summary>
    [Required]
    public string DefaultTime { get; set; } = "08:00";

    /// <summary>IANA time zone used by <c>/digest subscribe</c> when none is given.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeOnly.TryParseExact(DefaultTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return new ValidationResult($"'{DefaultTime}' is not a time of day in HH:mm form.", [nameof(DefaultTime)]);
        }

        if (!DigestSchedule.TryFindZone(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"'{DefaultTimeZone}' is not a known IANA time zone.", [nameof(DefaultTimeZone)]);
        }
    }
}
