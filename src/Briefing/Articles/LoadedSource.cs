using Briefing.Articles.Syndication;

namespace Briefing.Articles;

/// <summary>What a URL turned out to be: one article, or a feed whose items are ingested one by one.</summary>
public sealed record LoadedSource(ArticleDraft? Article, ParsedFeed? Feed, Uri Url);
