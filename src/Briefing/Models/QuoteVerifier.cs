using System.Text;
using Briefing.Text;

namespace Briefing.Models;

/// <summary>
/// Checks a quote the model returned against the article. A quote that occurs verbatim (whitespace and
/// typographic quote marks normalised) is kept with the paragraph it really occurs in; otherwise it is
/// re-anchored to the article sentence with the highest token overlap, or dropped when none is close.
/// What comes back is always text that stands in the article.
/// </summary>
internal sealed class QuoteVerifier
{
    /// <summary>Token F1 a sentence needs with a non-verbatim quote to stand in for it.</summary>
    public const double ReanchorThreshold = 0.5;

    private readonly string[] _paragraphs;
    private readonly string[] _comparable;
    private readonly Lazy<List<(int Paragraph, string Sentence, HashSet<string> Tokens)>> _sentences;

    public QuoteVerifier(IReadOnlyList<string> paragraphs)
    {
        _paragraphs = [.. paragraphs.Select(TextCut.OneLine)];
        _comparable = [.. _paragraphs.Select(Comparable)];
        _sentences = new(() => [.. _paragraphs.SelectMany((text, index) =>
            PlainText.Sentences(text).Select(sentence => (index + 1, sentence, Tokens(sentence))))]);
    }

    /// <summary>The verified quote and its 1-based paragraph, or null when nothing in the article is close enough.</summary>
    public VerifiedQuote? Verify(string quote, int claimedParagraph)
    {
        var wanted = Comparable(TrimQuoteMarks(TextCut.OneLine(quote)));
        if (wanted.Length == 0)
        {
            return null;
        }

        // The claimed paragraph first: the same words can occur twice, and the model's number is then right.
        var order = Enumerable.Range(0, _paragraphs.Length)
            .OrderBy(index => index + 1 == claimedParagraph ? 0 : 1);
        foreach (var index in order)
        {
            var at = _comparable[index].IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0)
            {
                // Comparable() maps characters one to one, so the offsets hold in the original paragraph.
                var end = CloseSpan(_paragraphs[index], at, at + wanted.Length);
                return new VerifiedQuote(_paragraphs[index][at..end], index + 1, Reanchored: false);
            }
        }

        var wantedTokens = Tokens(wanted);
        var best = _sentences.Value
            .Select(sentence => (sentence, score: F1(wantedTokens, sentence.Tokens) + (sentence.Paragraph == claimedParagraph ? 0.01 : 0)))
            .MaxBy(candidate => candidate.score);
        return best.score >= ReanchorThreshold
            ? new VerifiedQuote(best.sentence.Sentence, best.sentence.Paragraph, Reanchored: true)
            : null;
    }

    /// <summary>Models drop a sentence's final mark and the closing quotation mark of a quote they started;
    /// both are taken back from the article so the shown quote reads whole.</summary>
    private static int CloseSpan(string paragraph, int start, int end)
    {
        for (var step = 0; step < 2 && end < paragraph.Length; step++)
        {
            var span = paragraph.AsSpan(start, end - start);
            var next = paragraph[end];
            var opensQuote = (next == '”' && span.Count('“') > span.Count('”'))
                || (next == '’' && span.Count('‘') > span.Count('’'))
                || (next == '"' && span.Count('"') % 2 == 1);
            if (opensQuote || next is '.' or '!' or '?')
            {
                end++;
            }
        }

        return end;
    }

    private static double F1(HashSet<string> quote, HashSet<string> sentence)
    {
        if (quote.Count == 0 || sentence.Count == 0)
        {
            return 0;
        }

        var common = quote.Count(sentence.Contains);
        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / sentence.Count;
        var recall = (double)common / quote.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static HashSet<string> Tokens(string text) => [.. PlainText.Words(text)];


    /// <summary>Models strip or add the article's quotation marks and ellipses around a quote.</summary>
    private static string TrimQuoteMarks(string text) => text.Trim(' ', '"', '\'', '“', '”', '‘', '’', '«', '»', '…', '.').Trim();

    /// <summary>Curly and straight quote marks and dashes compare equal; one char maps to one char.</summary>
    private static string Comparable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' => '\'',
                '–' or '—' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
