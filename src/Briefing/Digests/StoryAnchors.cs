using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Digests;

/// <summary>
/// The particulars that pin a report to one event: numbers and capitalised names (not a sentence's first word) in the
/// title and the lede. Two op-eds on one debate share its vocabulary but rarely its particulars; two reports of one event
/// share several ("Rotterdam", "6", "FNV", "Tuesday").
/// </summary>
public static class StoryAnchors
{
    public static IReadOnlySet<string> Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var lede = article.Paragraphs.Count == 0 ? string.Empty : article.Paragraphs[0];
        foreach (var text in new[] { article.Title, lede })
        {
            foreach (var sentence in SentenceSegmenter.Segment(text))
            {
                var words = WordTokenizer.Spans(sentence.Slice(text).AsSpan());
                var source = sentence.Slice(text);
                for (var i = 0; i < words.Count; i++)
                {
                    var word = words[i].Slice(source);
                    var isNumber = char.IsDigit(word[0]);
                    var isName = i > 0 && char.IsUpper(word[0]) && !StopWords.IsEnglishStopWord(word.ToLowerInvariant());
                    if (isNumber || isName)
                    {
                        anchors.Add(word.ToLowerInvariant());
                    }
                }
            }
        }

        return anchors;
    }

    /// <summary>How many anchors the two share.</summary>
    public static int Shared(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Count(second.Contains);
    }
}
