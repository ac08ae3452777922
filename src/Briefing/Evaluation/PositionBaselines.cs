using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Position baselines over the same sentence segmentation the engine uses.</summary>
public static class PositionBaselines
{
    public static string First(string text, int count = 1) => Join(text, SentenceSegmenter.Segment(text).Take(count));

    public static string Last(string text) => Join(text, SentenceSegmenter.Segment(text).TakeLast(1));

    private static string Join(string text, IEnumerable<TextSpan> spans) => string.Join(" ", spans.Select(s => s.Slice(text)));
}
