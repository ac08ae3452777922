namespace Briefing.Summaries;

/// <summary>
/// Reported just before a model call of a summary (cache hits and the extractive engine report nothing: they are
/// instant). <see cref="Parts"/> is 1 for an article that fits one call; a long article is summarized chunk by chunk,
/// and each chunk is reported as its own part.
/// </summary>
public sealed record SummaryProgress(int Part, int Parts);
