using Briefing.Articles;
using Briefing.Ingestion;

namespace Briefing.Feeds;

/// <summary>The outcome of polling one feed: not modified (304), the items ingested, or the one-line error.</summary>
public sealed record FeedPollResult(long FeedId, bool NotModified, IReadOnlyList<IngestedItem> Items, string? Error, bool Disabled);
