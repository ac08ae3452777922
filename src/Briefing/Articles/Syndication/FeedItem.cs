namespace Briefing.Articles.Syndication;

/// <summary>One entry of a parsed feed. <see cref="ContentHtml"/> is the full content if the feed carries it, else the summary.</summary>
public sealed record FeedItem(
    string? Title,
    Uri? Link,
    IReadOnlyList<string> Authors,
    DateTimeOffset? PublishedAt,
    string? ContentHtml);
