using System.Collections.Concurrent;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Discord.Gateway;

/// <summary>
/// How long each command's handler took lately (a moving average per command and subcommand), so that an interaction
/// whose command has been missing the ack budget is deferred the moment it arrives instead of waiting the budget out
/// first. Learned rather than declared: the same command is quick on a cached article and slow on a fetch or a loaded
/// machine. A run that was deferred at once still teaches its duration, so a command that became quick again gets its
/// answer back into the acknowledgement.
/// </summary>
internal sealed class CommandPace
{
    /// <summary>Commands tracked at most (the bot declares a handful; the bound only guards memory).</summary>
    public const int MaxCommands = 256;

    // Half the weight on the newest run: a few quick runs after a slow one are enough to trust the budget again.
    private const double NewestWeight = 0.5;

    private readonly ConcurrentDictionary<string, double> _averageMilliseconds = new(StringComparer.Ordinal);

    /// <summary>The command (with its subcommand) an interaction invokes; null for anything but a slash command.</summary>
    public static string? KeyOf(Interaction interaction) =>
        InvokedCommand.From(interaction) is { } command ? $"{command.Name} {command.SubcommandGroup} {command.Subcommand}" : null;

    /// <summary>True when the command's recent runs took longer than <paramref name="budget"/>.</summary>
    public bool ExpectsLongerThan(string key, TimeSpan budget) =>
        _averageMilliseconds.TryGetValue(key, out var average) && average > budget.TotalMilliseconds;

    public void Record(string key, TimeSpan took)
    {
        if (_averageMilliseconds.Count >= MaxCommands && !_averageMilliseconds.ContainsKey(key))
        {
            return;
        }
        var milliseconds = took.TotalMilliseconds;
        _averageMilliseconds.AddOrUpdate(key, milliseconds, (_, average) => average + (NewestWeight * (milliseconds - average)));
    }
}
