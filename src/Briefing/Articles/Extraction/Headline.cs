using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>Whether a line reads as a title: short, one sentence, capitalised, and not ending the way a sentence of prose does.</summary>
internal static class Headline
{
    public const int MaxLength = 160;
    private const int MaxWords = 20;

    public static bool IsLike(string line)
    {
        var text = line.Trim();
        if (text.Length is < 2 or > MaxLength || !text.Any(char.IsLetter) || char.IsLower(text[0]))
        {
            return false;
        }

        if (text[^1] is '.' or ',' or ';' or ':' || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }

        return SentenceSegmenter.Segment(text).Count <= 1 && ChromeLines.Classify(text) == ChromeKind.None;
    }
}
