using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>One sentence of an article with what scoring needs: where it is, its words and its content stems.</summary>
internal sealed record ArticleSentence(
    int Index,
    int Paragraph,
    TextSpan Span,
    string Text,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Terms)
{
    public int WordCount => Words.Count;

    public bool IsQuestion => Text.TrimEnd('"', '\'', '”', '’', ')', ' ').EndsWith('?');
}
