using Briefing.Articles;
using Briefing.Models;
using Briefing.Text;

namespace Briefing.Conversations.Ranking;

/// <summary>
/// Scores every sentence of the sources against an analysed question. A sentence's score is the share of the
/// question's topic weight it contains (terms weighted by IDF over the sources' paragraphs, so rare words
/// dominate and words the article never uses count fully against it), plus half its paragraph's share, plus
/// small boosts for framing words it repeats and for cues of the answer kind asked for. A question with no
/// topic terms but a forward-looking or opinion intent ("what does the author think will happen?") is scored
/// on cues alone, favouring the closing paragraph where arguments state their conclusion.
/// </summary>
internal static class SentenceRanker
{
    private const double ParagraphShare = 0.5;
    private const double SoftTermBoost = 0.15;
    private const double CueBoost = 0.2;
    private const int MaxBoostedCues = 2;
    private const double OtherSourceWeight = 0.85;
    private const double ClosingParagraphCues = 1.5;

    // BM25's length normalisation at sentence level, kept mild (b = 0.2): of two sentences matching the same
    // terms, the shorter one is more about them, but a long sentence that matches more still wins.
    private const double K1 = 1.2;
    private const double B = 0.2;

    public static IReadOnlyList<RankedSentence> Rank(QuestionAnalysis question, IReadOnlyList<Article> sources, Terms terms)
    {
        var paragraphs = Split(sources, terms);
        if (paragraphs.Count == 0)
        {
            return [];
        }

        var idf = question.ContentTerms.ToDictionary(term => term, term =>
        {
            var containing = paragraphs.Count(paragraph => paragraph.Terms.Contains(term));
            return Math.Log(1 + ((paragraphs.Count - containing + 0.5) / (containing + 0.5)));
        }, StringComparer.Ordinal);
        var totalIdf = idf.Values.Sum();

        var averageLength = paragraphs.SelectMany(paragraph => paragraph.Lengths).DefaultIfEmpty(1).Average();
        var ranked = new List<RankedSentence>();
        foreach (var paragraph in paragraphs)
        {
            var coverage = totalIdf == 0 ? 0 : idf.Where(pair => paragraph.Terms.Contains(pair.Key)).Sum(pair => pair.Value) / totalIdf;
            var text = new RankedParagraphText(paragraph.Source, paragraph.Paragraph, paragraph.Text, paragraph.Spans, coverage);
            var weight = paragraph.Source == 0 ? 1 : OtherSourceWeight;
            for (var i = 0; i < paragraph.Spans.Count; i++)
            {
                var sentenceTerms = paragraph.SentenceTerms[i];
                var share = 0.0;
                var soft = 0.0;
                if (totalIdf > 0)
                {
                    var norm = (K1 + 1) / (1 + (K1 * (1 - B + (B * paragraph.Lengths[i] / averageLength))));
                    share = norm * idf.Where(pair => sentenceTerms.Contains(pair.Key)).Sum(pair => pair.Value) / totalIdf;
                    soft = question.SoftTerms.Any(sentenceTerms.Contains) ? SoftTermBoost : 0;
                    if (share == 0 && soft == 0)
                    {
                        continue;
                    }
                }

                var sentence = paragraph.Spans[i].Slice(paragraph.Text);
                // Without a topic only a forecast or a position can answer ("who?" alone would match any name).
                var intent = totalIdf > 0 ? question.Intent : question.Intent & (QuestionIntent.Future | QuestionIntent.Stance);
                var cues = SentenceCues.Count(intent, sentence, paragraph.Words[i]);
                double score;
                if (totalIdf > 0)
                {
                    score = share + (ParagraphShare * coverage) + soft + (CueBoost * Math.Min(cues, MaxBoostedCues));
                }
                else
                {
                    if (cues == 0)
                    {
                        continue;
                    }

                    score = cues + (paragraph.IsLast ? ClosingParagraphCues : 0);
                }

                ranked.Add(new RankedSentence(text, i, score * weight, cues, paragraph.Words[i]));
            }
        }

        return [.. ranked.OrderByDescending(sentence => sentence.Score)
            .ThenBy(sentence => sentence.Paragraph.Source)
            .ThenBy(sentence => sentence.Paragraph.Paragraph)
            .ThenBy(sentence => sentence.Index)];
    }

    private static List<SplitParagraph> Split(IReadOnlyList<Article> sources, Terms terms)
    {
        var paragraphs = new List<SplitParagraph>();
        for (var source = 0; source < sources.Count; source++)
        {
            var count = sources[source].Paragraphs.Count;
            for (var index = 0; index < count; index++)
            {
                var text = TextCut.OneLine(sources[source].Paragraphs[index]);
                var spans = SentenceSegmenter.Segment(text).Where(span => span.Slice(text).Trim().Length > 0).ToList();
                if (spans.Count == 0)
                {
                    continue;
                }

                var words = spans.Select(span => (IReadOnlyList<string>)WordTokenizer.Tokenize(span.Slice(text))).ToList();
                var indexed = words.Select(sentence => sentence.Select(terms.OfWord).OfType<string>().ToList()).ToList();
                var sentenceTerms = indexed.Select(sentence => sentence.ToHashSet(StringComparer.Ordinal)).ToList();
                var all = sentenceTerms.SelectMany(set => set).ToHashSet(StringComparer.Ordinal);
                var lengths = indexed.Select(sentence => Math.Max(1, sentence.Count)).ToList();
                paragraphs.Add(new SplitParagraph(source, index + 1, text, spans, words, sentenceTerms, lengths, all, index == count - 1));
            }
        }

        return paragraphs;
    }

    private sealed record SplitParagraph(
        int Source, int Paragraph, string Text, IReadOnlyList<TextSpan> Spans, IReadOnlyList<IReadOnlyList<string>> Words,
        IReadOnlyList<HashSet<string>> SentenceTerms, IReadOnlyList<int> Lengths, HashSet<string> Terms, bool IsLast);
}
