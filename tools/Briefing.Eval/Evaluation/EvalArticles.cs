using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Evaluation;

/// <summary>Wraps an evaluation text as an <see cref="Article"/>: paragraphs split at blank lines, English.</summary>
public static class EvalArticles
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static Article FromText(long id, string? title, string text)
    {
        var paragraphs = Paragraphs(text);
        return new Article
        {
            Id = id,
            Url = $"eval:{id}",
            Title = title ?? string.Empty,
            Language = "en",
            FetchedAt = Epoch,
            Paragraphs = paragraphs,
            // The library's fingerprint, so an eval text and the same text stored share summary cache entries.
            ContentHash = ArticleText.ContentHash(paragraphs),
            Origin = "file",
        };
    }

    /// <summary>The text's paragraphs: blank-line separated, trimmed, empty ones dropped.</summary>
    public static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
