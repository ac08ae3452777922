using System.Text.RegularExpressions;
using Briefing.Bot.Commands;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// Reads a console line such as <c>/summarize north korea length:short</c> or
/// <c>/digest subscribe channel:100 time:07:30 timezone:Europe/Berlin topics:korea, trade</c> into a
/// <see cref="CommandInvocation"/>. Words before the first <c>name:</c> fill the first required text option. Only the
/// command's declared option names are options, and a line whose text reads as pasted text is that text whole
/// (<see cref="ProseOptionReader"/>).
/// </summary>
public static class SlashLineParser
{
    /// <summary>Returns null and sets <paramref name="error"/> (one line) when the line is not a known command.</summary>
    public static CommandInvocation? Parse(string line, CommandInvocation context, out string? error)
    {
        error = null;
        var trimmed = line.Trim().TrimStart('/');
        var parts = trimmed.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || CommandCatalogue.Find(parts[0]) is not { } definition)
        {
            error = $"Unknown command '/{(parts.Length == 0 ? string.Empty : parts[0])}'. Type /help.";
            return null;
        }

        var rest = parts.Length > 1 ? parts[1] : string.Empty;
        string? subcommand = null;
        if (definition.Subcommands.Count > 0)
        {
            var subParts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            subcommand = subParts.Length > 0 ? definition.FindSubcommand(subParts[0])?.Name : null;
            if (subcommand is null)
            {
                error = $"/{definition.Name} needs one of: {string.Join(", ", definition.Subcommands.Select(s => s.Name))}.";
                return null;
            }

            rest = subParts.Length > 1 ? subParts[1] : string.Empty;
        }

        var optionDefinitions = definition.OptionsFor(subcommand);
        // Pasted prose is the text to summarize (or the question) as a whole: a "file:" in it is a word, not an option.
        var options = ProseOptionReader.TryRead(rest, optionDefinitions) ?? ReadOptions(rest, optionDefinitions);
        foreach (var option in optionDefinitions.Where(o => o.Type == CommandOptionType.Channel))
        {
            // The console has one channel: a channel option left out, or named the way a person types it in Discord
            // ("#news"), means "here". An id or a <#id> mention is kept as typed.
            if (!options.TryGetValue(option.Name, out var typed) || typed.StartsWith('#'))
            {
                options[option.Name] = context.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var missing = optionDefinitions.FirstOrDefault(o => o.Required && !options.ContainsKey(o.Name));
        if (missing is not null)
        {
            error = $"/{definition.Name}{(subcommand is null ? string.Empty : " " + subcommand)} needs {missing.Name}:<{missing.Description.ToLowerInvariant()}>.";
            return null;
        }

        return context with { Name = definition.Name, Subcommand = subcommand, Options = options };
    }

    private static Dictionary<string, string> ReadOptions(string text, IReadOnlyList<CommandOptionDefinition> definitions)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (definitions.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return options;
        }

        var names = string.Join('|', definitions.Select(d => Regex.Escape(d.Name)));
        var markers = Regex.Matches(text, $@"(?:^|\s)({names}):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var leading = (markers.Count == 0 ? text : text[..markers[0].Index]).Trim();
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            options[markers[i].Groups[1].Value.ToLowerInvariant()] = text[start..end].Trim();
        }

        if (leading.Length > 0 && LeadingTarget(definitions, options) is { } target)
        {
            options[target.Name] = leading;
        }

        return options;
    }

    /// <summary>The option that words before the first <c>name:</c> fill: the first required one, else the first text option, not yet given.</summary>
    internal static CommandOptionDefinition? LeadingTarget(IReadOnlyList<CommandOptionDefinition> definitions, Dictionary<string, string> options) =>
        definitions.FirstOrDefault(d => d.Required && d.Type != CommandOptionType.Channel && !options.ContainsKey(d.Name))
            ?? definitions.FirstOrDefault(d => d.Type == CommandOptionType.String && !options.ContainsKey(d.Name));
}
