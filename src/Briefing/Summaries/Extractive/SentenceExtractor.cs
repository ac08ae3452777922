using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>Splits an article's paragraphs into sentences and reduces each to lowercase words and content stems.</summary>
internal static partial class SentenceExtractor
{
    public static List<ArticleSentence> Extract(Article article, WordStemmer stemmer, Func<string, bool> isStopWord)
    {
        var sentences = new List<ArticleSentence>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p] ?? string.Empty;
            var insideQuotation = false;
            foreach (var segment in SentenceSegmenter.Segment(paragraph))
            {
                var span = WithoutListMarker(paragraph, segment);
                var text = span.Slice(paragraph);
                var words = WordTokenizer.Tokenize(text);
                var label = InterviewLabel().Match(paragraph, segment.Start, segment.Length);
                var sentence = new ArticleSentence(sentences.Count, p + 1, span, text, words, Terms(words, stemmer, isStopWord))
                {
                    IsListItem = span.Start > segment.Start && !label.Success,
                    IsInterviewerTurn = label.Success && char.ToUpperInvariant(paragraph[label.Index]) == 'Q',
                };
                sentences.Add(insideQuotation ? sentence with { IsReportedSpeech = true } : sentence);
                insideQuotation = insideQuotation ? !sentence.IsReportedSpeech || ReportedSpeech.RunsOn(text) : ReportedSpeech.RunsOn(text);
            }
        }
        return sentences;
    }

    // "3. The money arrives too late.", "- Curtailment rose …": the marker numbers or bullets the item; it is no part of
    // the sentence a summary quotes. Nor is an interview's "Q:" or "A:".
    private static TextSpan WithoutListMarker(string paragraph, TextSpan span)
    {
        var marker = ListMarker().Match(paragraph, span.Start, span.Length);
        return marker.Success && marker.Length < span.Length ? new TextSpan(span.Start + marker.Length, span.Length - marker.Length) : span;
    }

    [GeneratedRegex(@"\G(?:\(?(?:\d{1,3}|[a-z])[.)]|[-*•–]|[QA]:)\s+")]
    private static partial Regex ListMarker();

    // "Q: Why meters, and why now?" / "A: Because …": who speaks in an interview set out as questions and answers.
    [GeneratedRegex(@"\G[QA]:\s+")]
    private static partial Regex InterviewLabel();

    public static List<string> Terms(IReadOnlyList<string> words, WordStemmer stemmer, Func<string, bool> isStopWord)
    {
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            // Single characters and pure numbers rarely say what a sentence is about.
            if (word.Length > 1 && !isStopWord(word) && !IsNumber(word))
            {
                terms.Add(stemmer.Stem(word));
            }
        }
        return terms;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
