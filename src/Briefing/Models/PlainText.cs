using Briefing.Text;

namespace Briefing.Models;

/// <summary>Sentences and words as the rest of the product sees them (<see cref="SentenceSegmenter"/>, <see cref="WordTokenizer"/>).</summary>
internal static class PlainText
{
    /// <summary>The sentences of a paragraph (whitespace collapsed first), each a verbatim slice of it.</summary>
    public static IEnumerable<string> Sentences(string paragraph)
    {
        var text = TextCut.OneLine(paragraph);
        return SentenceSegmenter.Segment(text)
            .Select(span => span.Slice(text).Trim())
            .Where(sentence => sentence.Length > 0);
    }

    public static IEnumerable<string> Words(string text) => WordTokenizer.Tokenize(text);
}
