using Briefing.Storage;

namespace Briefing.Retrieval;

/// <summary>What of an article is embedded: its title and lead, where news and analysis state what they are about.</summary>
public static class EmbeddingText
{
    // MiniLM reads at most 256 word pieces; about 180 words fill that, and more would be cut by the model anyway.
    private const int MaxWords = 180;

    public static string ForArticle(PendingEmbedding article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Clip(article.Title + ".\n" + string.Join("\n", article.Paragraphs));
    }

    /// <summary>The first <c>MaxWords</c> words of <paramref name="text"/>; NUL and other control characters become spaces.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Length > MaxWords ? words[..MaxWords] : words;
        return new string(string.Join(' ', kept).Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }
}
