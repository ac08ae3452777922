using Briefing.Articles;

namespace Briefing.Summaries;

/// <summary>The reference shown with a summary or answer, built from a stored article.</summary>
internal static class ArticleReferences
{
    public static ArticleReference From(Article article) => new(
        article.Id,
        article.Title,
        article.Url,
        article.Authors.Count == 0 ? null : string.Join(", ", article.Authors),
        article.PublishedAt,
        article.SiteName);
}
