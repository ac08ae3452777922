using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Cronos;

namespace Briefing.Digests;

/// <summary>
/// When a subscription fires: a daily cron at its local time in its IANA zone, or a weekly one that also names the
/// weekday. Cronos handles DST: a time
/// inside the spring-forward gap fires right after the gap, and a time inside the repeated autumn hour
/// fires once.
/// </summary>
public static class DigestSchedule
{
    // Fifteen days back always contains the previous weekly occurrence (two of them), even across a 25-hour DST day.
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(15);

    public static bool TryFindZone(string? ianaName, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(ianaName))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(ianaName.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>The most recent scheduled digest at or before <paramref name="now"/>, or null when none.</summary>
    public static DigestPeriod? LatestPeriod(DigestSubscription subscription, DateTimeOffset now)
    {
        var zone = Zone(subscription);
        var cron = Cron(subscription);
        var end = cron.GetOccurrences(now - LookBack, now, zone, fromInclusive: true, toInclusive: true)
            .Select(o => (DateTimeOffset?)o).LastOrDefault();
        if (end is null)
        {
            return null;
        }

        var start = cron.GetOccurrences(end.Value - LookBack, end.Value, zone, fromInclusive: true, toInclusive: false)
            .Select(o => (DateTimeOffset?)o).LastOrDefault() ?? end.Value.AddDays(subscription.Every == DigestCadence.Weekly ? -7 : -1);
        return new DigestPeriod(start, end.Value, DeliveryKey(subscription.ChannelId, end.Value, zone));
    }

    /// <summary>The next scheduled digest strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextOccurrence(DigestSubscription subscription, DateTimeOffset now) =>
        Cron(subscription).GetNextOccurrence(now, Zone(subscription))
        ?? throw new InvalidOperationException("A daily or weekly schedule always has a next occurrence.");

    private static string DeliveryKey(ulong channelId, DateTimeOffset scheduled, TimeZoneInfo zone)
    {
        var localDate = TimeZoneInfo.ConvertTime(scheduled, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"digest:{channelId}:{localDate}");
    }

    private static TimeZoneInfo Zone(DigestSubscription subscription) =>
        TryFindZone(subscription.TimeZone, out var zone)
            ? zone
            : throw new InvalidOperationException($"Unknown time zone '{subscription.TimeZone}' for channel {subscription.ChannelId}.");

    // Cron's day-of-week field counts from Sunday = 0, as DayOfWeek does.
    private static CronExpression Cron(DigestSubscription subscription)
    {
        var time = subscription.LocalTime;
        var weekday = subscription.Every == DigestCadence.Weekly
            ? ((int)(subscription.Day ?? throw new InvalidOperationException($"The weekly digest of channel {subscription.ChannelId} has no weekday."))).ToString(CultureInfo.InvariantCulture)
            : "*";
        return CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{time.Minute} {time.Hour} * * {weekday}"));
    }
}
