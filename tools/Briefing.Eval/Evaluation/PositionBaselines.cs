using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Position baselines over the same sentence segmentation the engine uses.</summary>
public static class PositionBaselines
{
    public static string First(string text, int count = 1) => Join(text, SentenceSegmenter.Segment(text).Take(count));

    public static string Last(string text) => Join(text, SentenceSegmenter.Segment(text).TakeLast(1));

    /// <summary>
    /// The lead baseline for supporting points: the first <paramref name="count"/> sentences, skipping the one that
    /// best matches <paramref name="thesis"/> (so the baseline gets the same thesis and only its points differ).
    /// </summary>
    public static List<string> FirstPoints(string text, string thesis, int count)
    {
        var sentences = SentenceSegmenter.Segment(text).Select(s => s.Slice(text)).ToList();
        var thesisAt = sentences.Count == 0 ? -1 : sentences.IndexOf(sentences.MaxBy(s => TokenF1.Score(s, thesis))!);
        return [.. sentences.Where((_, i) => i != thesisAt).Take(count)];
    }

    private static string Join(string text, IEnumerable<TextSpan> spans) => string.Join(" ", spans.Select(s => s.Slice(text)));
}
