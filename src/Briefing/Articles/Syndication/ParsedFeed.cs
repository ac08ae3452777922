namespace Briefing.Articles.Syndication;

/// <summary>A feed document read from RSS 2.0 or Atom 1.0: its title and items, newest first as the feed lists them.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedItem> Items);
