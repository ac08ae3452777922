using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>Whether a line reads as a title: short, one sentence, capitalised, and not ending the way a sentence of prose does.</summary>
internal static class Headline
{
    public const int MaxLength = 160;
    private const int MaxWords = 20;

    // A title with a byline under it may be long ("The debate over X – how Y can Z (in favour)"): the byline says what it is.
    private const int MaxLengthAboveByline = 250;

    public static bool IsLike(string line)
    {
        var text = line.Trim();
        return CouldBe(text, MaxLength)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords
            && SentenceSegmenter.Segment(text).Count <= 1;
    }

    /// <summary>A looser test for the line right above a "By" or date line, which can only be the title.</summary>
    public static bool IsLikeAboveByline(string line) => CouldBe(line.Trim(), MaxLengthAboveByline);

    private static bool CouldBe(string text, int maxLength) =>
        text.Length >= 2 && text.Length <= maxLength && text.Any(char.IsLetter) && !char.IsLower(text[0])
        && text[^1] is not ('.' or ',' or ';' or ':')
        && ChromeLines.Classify(text) == ChromeKind.None;
}
