using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// The sentences of a long-form document as the CLI gets it (<c>title</c>, blank line, <c>text</c>): the title is
/// the first sentence (paragraph 0), then each body paragraph's sentences with their 1-based paragraph number.
/// The position baselines read these.
/// </summary>
public static class LongformInput
{
    public static List<(string Text, int Paragraph)> Sentences(LongformDocument document)
    {
        var sentences = new List<(string, int)>();
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            sentences.Add((document.Title.Trim(), 0));
        }
        var paragraphs = EvalArticles.Paragraphs(document.Text);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            sentences.AddRange(SentenceSegmenter.Segment(paragraphs[p]).Select(s => (s.Slice(paragraphs[p]), p + 1)));
        }
        return sentences;
    }
}
