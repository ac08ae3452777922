using System.Diagnostics.Metrics;

namespace Briefing.Bot.Commands;

/// <summary>Slash commands by name and outcome, on the <c>Briefing</c> meter (every transport goes through the dispatcher).</summary>
public sealed class CommandMetrics
{
    public const string MeterName = "Briefing";
    public const string CommandsName = "briefing.commands";

    /// <summary>What an unknown command is counted as: a caller's typo must not become a new time series.</summary>
    public const string UnknownName = "(unknown)";

    private readonly Counter<long> _commands;

    public CommandMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _commands = meterFactory.Create(MeterName).CreateCounter<long>(
            CommandsName, "{command}", "Slash commands handled, by name and outcome (ok, failed, unknown, usage, forbidden, rate_limited)");
    }

    public void Handled(string name, string outcome) =>
        _commands.Add(1, new KeyValuePair<string, object?>("command", name), new KeyValuePair<string, object?>("outcome", outcome));
}
