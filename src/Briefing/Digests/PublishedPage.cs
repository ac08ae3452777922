namespace Briefing.Digests;

/// <summary>
/// What a resumed page post did: the ids of the page's messages (comma-separated) and how many of its
/// messages were already in the channel, found there instead of being posted again.
/// </summary>
public sealed record PublishedPage(string MessageIds, int AlreadyPresent);
