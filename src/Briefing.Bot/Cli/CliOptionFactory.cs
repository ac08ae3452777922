using System.CommandLine;
using System.Globalization;
using Briefing.Bot.Composition;

namespace Briefing.Bot.Cli;

/// <summary>Options several CLI commands share.</summary>
internal static class CliOptionFactory
{
    public static Option<string?> Guild() => new("--guild") { Description = "Discord server id: its own articles plus the global ones (default: global only)" };

    public static Option<bool> Json() => new("--json") { Description = "Machine-readable JSON output" };

    /// <summary>Parses --guild; a value that is not a Discord id is bad input (exit 1).</summary>
    public static ulong? ParseGuild(string? text) =>
        text is null ? null
        : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
        : throw new BadInputException($"--guild: '{text}' is not a Discord server id (a positive number).");

    public static long ParseId(string text, string what) =>
        long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new BadInputException($"{what}: '{text}' is not an article id (a positive number).");
}
