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
            // "Q: …" makes the whole paragraph the interviewer's turn, however many sentences it has.
            var interviewerTurn = false;
            foreach (var segment in SentenceSegmenter.Segment(paragraph))
            {
                var marker = ListMarker().Match(paragraph, segment.Start, segment.Length);
                var span = marker.Success && marker.Length < segment.Length ? new TextSpan(segment.Start + marker.Length, segment.Length - marker.Length) : segment;
                var label = marker.Groups["label"];
                interviewerTurn |= label.Success && label.Value == "Q";
                var text = span.Slice(paragraph);
                var words = WordTokenizer.Tokenize(text);
                var sentence = new ArticleSentence(sentences.Count, p + 1, span, text, words, Terms(words, stemmer, isStopWord))
                {
                    IsListItem = span.Start > segment.Start && !label.Success,
                    IsInterviewerTurn = interviewerTurn,
                };
                sentences.Add(insideQuotation ? sentence with { IsReportedSpeech = true } : sentence);
                insideQuotation = insideQuotation ? !sentence.IsReportedSpeech || ReportedSpeech.RunsOn(text) : ReportedSpeech.RunsOn(text);
            }
        }
        return sentences;
    }

    // "3. The money arrives too late.", "- Curtailment rose …": the marker numbers or bullets the item; it is no part of
    // the sentence a summary quotes. Nor is an interview's "Q:" or "A:" (the label), which says who speaks.
    [GeneratedRegex(@"\G(?:\(?(?:\d{1,3}|[a-z])[.)]|[-*•–]|(?<label>[QA]):)\s+", RegexOptions.ExplicitCapture)]
    private static partial Regex ListMarker();

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
