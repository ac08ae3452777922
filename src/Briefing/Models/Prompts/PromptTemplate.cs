using System.Text.RegularExpressions;

namespace Briefing.Models.Prompts;

/// <summary>
/// One checked prompt file: its system instructions, its user message template with <c>{{placeholders}}</c>,
/// and the hash of the file (part of the summary cache key, so editing a prompt invalidates old summaries).
/// </summary>
public sealed partial record PromptTemplate(string Name, string System, string User, string Hash)
{
    /// <summary>The user message with every placeholder replaced in ONE pass, so a value that itself contains
    /// <c>{{...}}</c> (article text is untrusted) is never expanded again.</summary>
    public string RenderUser(IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(User, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"Prompt '{Name}' needs a value for {{{{{match.Groups[1].Value}}}}}."));

    internal static IEnumerable<string> PlaceholdersIn(string text) =>
        Placeholder().Matches(text).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
