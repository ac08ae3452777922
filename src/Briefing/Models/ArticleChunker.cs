using Microsoft.ML.Tokenizers;

namespace Briefing.Models;

/// <summary>
/// Splits an article's numbered paragraphs into chunks of at most a token budget, counted with the
/// o200k_base encoding (the tokenizer of the current OpenAI models; close enough for other servers' budgets).
/// Paragraph numbers are kept, so quotes from any chunk cite the real paragraph. A single paragraph longer
/// than the budget is cut at token boundaries into several pieces that share its number.
/// </summary>
internal static class ArticleChunker
{
    private static readonly Lazy<Tokenizer> Encoding = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public static int CountTokens(string text) => Encoding.Value.CountTokens(text);

    public static IReadOnlyList<IReadOnlyList<NumberedParagraph>> Chunk(IReadOnlyList<NumberedParagraph> paragraphs, int maxTokens)
    {
        var chunks = new List<IReadOnlyList<NumberedParagraph>>();
        var current = new List<NumberedParagraph>();
        var used = 0;
        foreach (var paragraph in paragraphs.SelectMany(paragraph => Split(paragraph, maxTokens)))
        {
            // The per-line prefix ("[¶12] ") costs a few tokens too.
            var cost = CountTokens(paragraph.Text) + 4;
            if (current.Count > 0 && used + cost > maxTokens)
            {
                chunks.Add(current);
                current = [];
                used = 0;
            }

            current.Add(paragraph);
            used += cost;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private static IEnumerable<NumberedParagraph> Split(NumberedParagraph paragraph, int maxTokens)
    {
        var text = paragraph.Text;
        while (CountTokens(text) > maxTokens)
        {
            var cut = Encoding.Value.GetIndexByTokenCount(text, maxTokens, out _, out _);
            // Prefer to cut at the last space inside the budget so no word is split.
            var space = text.LastIndexOf(' ', Math.Max(0, cut - 1));
            cut = space > cut / 2 ? space : cut;
            yield return paragraph with { Text = text[..cut] };
            text = text[cut..].TrimStart();
        }

        if (text.Length > 0)
        {
            yield return paragraph with { Text = text };
        }
    }
}
