using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Models;

/// <summary>
/// Builds the delimited data blocks that carry untrusted text into a prompt. The system prompts name these
/// tags as data, never instructions; anything inside the text that looks like one of our tags is defused so
/// an article cannot close its block early and speak outside it.
/// </summary>
internal static partial class PromptData
{
    public const string ArticleTag = "article_data";
    public const string ParagraphsTag = "paragraphs_data";
    public const string HistoryTag = "history_data";
    public const string QuestionTag = "question_data";

    public static string Block(string tag, IEnumerable<string> lines)
    {
        var builder = new StringBuilder().Append('<').Append(tag).Append(">\n");
        foreach (var line in lines)
        {
            builder.Append(Defuse(line)).Append('\n');
        }

        return builder.Append("</").Append(tag).Append('>').ToString();
    }

    /// <summary>One numbered paragraph line; newlines inside are flattened so every line starts with its number.</summary>
    public static string NumberedLine(int paragraph, string text, string? source = null) =>
        source is null
            ? $"[¶{paragraph}] {Flatten(text)}"
            : $"[{Flatten(source)} ¶{paragraph}] {Flatten(text)}";

    /// <summary>Escapes a short inline value (a title) for a template that already wraps it in tags.</summary>
    public static string Inline(string text) => Defuse(Flatten(text));

    private static string Flatten(string text) => Whitespace().Replace(text, " ").Trim();

    // "<article_data", "</ paragraphs_data>", "<TITLE_DATA" ... lose their angle bracket.
    private static string Defuse(string text) => OurTag().Replace(text, match => "‹" + match.Value[1..]);

    [GeneratedRegex(@"<\s*/?\s*[a-z]+_data", RegexOptions.IgnoreCase)]
    private static partial Regex OurTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
