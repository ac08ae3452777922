namespace Briefing.Storage;

/// <summary>What saving a draft did.</summary>
public sealed record ArticleSaveResult(long ArticleId, ArticleSaveOutcome Outcome);

public enum ArticleSaveOutcome
{
    Inserted,
    Updated,
    Unchanged,
}
