using System.Globalization;
using Briefing.Digests;
using Briefing.Text;

namespace Briefing.Bot.Commands;

/// <summary>
/// Reads <c>every:</c> and <c>day:</c> of <c>/digest subscribe</c>. Discord offers only the listed choices, but the
/// console and forged interactions send any text, so both are checked here with a one-line reason.
/// </summary>
public static class DigestCadenceOption
{
    public static (DigestCadence Every, DayOfWeek? Day, string? Error) Read(CommandInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var everyText = invocation.Option("every")?.Trim().ToLowerInvariant() ?? "daily";
        var dayText = invocation.Option("day")?.Trim().ToLowerInvariant();
        switch (everyText)
        {
            case "daily":
                return dayText is null
                    ? (DigestCadence.Daily, null, null)
                    : (DigestCadence.Daily, null, "day only applies to a weekly digest: add every:weekly, or leave day out.");
            case "weekly":
                if (dayText is null)
                {
                    return (DigestCadence.Weekly, null, "every:weekly needs a day, e.g. day:monday.");
                }

                var index = CommandCatalogue.Weekdays.ToList().IndexOf(dayText);
                return index < 0
                    ? (DigestCadence.Weekly, null, $"day must be a weekday name (monday … sunday); “{TextCut.Truncate(dayText, 20)}” is not.")
                    : (DigestCadence.Weekly, (DayOfWeek)((index + 1) % 7), null);
            default:
                return (DigestCadence.Daily, null, $"every must be daily or weekly; “{TextCut.Truncate(everyText, 20)}” is not.");
        }
    }

    /// <summary>"daily at 08:00 UTC" or "weekly on Monday at 08:00 Europe/Berlin".</summary>
    public static string Describe(DigestSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Every == DigestCadence.Weekly && subscription.Day is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"weekly on {day} at {subscription.LocalTime:HH:mm} {subscription.TimeZone}")
            : string.Create(CultureInfo.InvariantCulture, $"daily at {subscription.LocalTime:HH:mm} {subscription.TimeZone}");
    }
}
