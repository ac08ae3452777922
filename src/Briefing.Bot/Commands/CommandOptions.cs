using System.ComponentModel.DataAnnotations;
using Briefing.Discord.Limits;

namespace Briefing.Bot.Commands;

/// <summary>Command behaviour (section <c>Commands</c>).</summary>
public sealed class CommandOptions
{
    public const string Section = "Commands";

    public const int MaxRateLimitPermits = 10_000;

    /// <summary>
    /// Model-backed requests (summaries, questions, follow-ups) one user may make per <see cref="RateLimitWindow"/> on
    /// Discord; the local console, whose one user is the owner, is not limited unless this is set.
    /// </summary>
    [Range(1, MaxRateLimitPermits)]
    public int RateLimitPermits { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Autocomplete requests one user may make per <see cref="RateLimitWindow"/>. Discord sends one per keystroke
    /// pause, and each is a single cheap title query, so the budget is generous and separate from
    /// <see cref="RateLimitPermits"/>: typing never uses up a user's summaries.
    /// </summary>
    [Range(1, 10_000)]
    public int AutocompletePermits { get; set; } = 120;

    /// <summary>Other close matches named in a summary's footer.</summary>
    [Range(0, 10)]
    public int OtherMatches { get; set; } = 3;

    /// <summary>Articles /ask reads across the library.</summary>
    [Range(1, 10)]
    public int AskArticles { get; set; } = 3;

    /// <summary>Results /library search lists, one card field each.</summary>
    [Range(1, MessageLimits.EmbedFields)]
    public int SearchResults { get; set; } = 8;
}
