namespace Briefing.Models.Prompts;

/// <summary>Splits a prompt file into its <c>## Heading</c> sections (heading lower-cased); text before the first is a title.</summary>
internal static class PromptSections
{
    public static Dictionary<string, string> Parse(string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                current = line[3..].Trim().ToLowerInvariant();
                continue;
            }

            body.Add(line);
        }

        Flush();
        return sections;

        void Flush()
        {
            if (current is not null)
            {
                // A repeated heading is a mistake in the file; keeping the first makes it visible as missing text.
                sections.TryAdd(current, string.Join('\n', body));
            }

            body.Clear();
        }
    }
}
