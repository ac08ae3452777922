using System.Text.RegularExpressions;
using Briefing.Bot.Commands;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// Reads the options of a console line whose text reads as pasted text (<see cref="PastedText"/>): the text is one
/// option's value from where it starts to the end of the line, so a "Note:", "file:" or "query:" inside the prose is a
/// word of the text, never an option. The one exception is an option with declared choices given one of its choices as
/// the line's first or last word (<c>length:short</c>): prose that starts or ends with exactly such a word is not worth
/// losing the option for, and any other spelling stays text.
/// </summary>
public static class ProseOptionReader
{
    /// <summary>The options, or null when the line's text does not read as pasted text (then the usual reading applies).</summary>
    public static Dictionary<string, string>? TryRead(string text, IReadOnlyList<CommandOptionDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(definitions);
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = TakeEdgeChoices(text.Trim(), definitions, options);
        var target = TakeNamedTextOption(ref body, definitions) ?? SlashLineParser.LeadingTarget(definitions, options);
        if (target is null || !IsFreeText(target) || !PastedText.IsPastedText(body))
        {
            return null;
        }

        options[target.Name] = body;
        return options;
    }

    private static bool IsFreeText(CommandOptionDefinition option) => option.Type == CommandOptionType.String && option.Choices is not { Count: > 0 };

    /// <summary>"query:" at the very start names the option the text is for.</summary>
    private static CommandOptionDefinition? TakeNamedTextOption(ref string body, IReadOnlyList<CommandOptionDefinition> definitions)
    {
        foreach (var option in definitions.Where(IsFreeText))
        {
            var marker = option.Name + ":";
            if (body.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                body = body[marker.Length..].Trim();
                return option;
            }
        }

        return null;
    }

    /// <summary>Takes <c>name:choice</c> words off both ends of the line, each option once.</summary>
    private static string TakeEdgeChoices(string body, IReadOnlyList<CommandOptionDefinition> definitions, Dictionary<string, string> options)
    {
        var withChoices = definitions.Where(d => d.Choices is { Count: > 0 }).ToList();
        if (withChoices.Count == 0)
        {
            return body;
        }

        // .NET lets alternatives share group names: each option's name goes with its own choices only.
        var word = string.Join('|', withChoices.Select(d => $"(?<name>{Regex.Escape(d.Name)}):(?<value>{string.Join('|', d.Choices!.Select(Regex.Escape))})"));
        var leading = new Regex($@"^(?:{word})(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var trailing = new Regex($@"(?<=^|\s)(?:{word})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        for (var taken = true; taken;)
        {
            taken = Take(leading) || Take(trailing);
        }

        return body;

        bool Take(Regex edge)
        {
            if (edge.Match(body) is not { Success: true } match || options.ContainsKey(match.Groups["name"].Value))
            {
                return false;
            }

            options[match.Groups["name"].Value.ToLowerInvariant()] = match.Groups["value"].Value;
            body = body.Remove(match.Index, match.Length).Trim();
            return true;
        }
    }
}
