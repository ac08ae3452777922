using Briefing.Text;

namespace Briefing.Conversations.Ranking;

/// <summary>One source paragraph split into sentences, with the share of the question's topic weight it carries.</summary>
internal sealed record RankedParagraphText(int Source, int Paragraph, string Text, IReadOnlyList<TextSpan> Sentences, double Coverage)
{
    /// <summary>The verbatim text of sentences <paramref name="first"/> to <paramref name="last"/> (inclusive).</summary>
    public string Span(int first, int last) => Text[Sentences[first].Start..Sentences[last].End].Trim();
}
