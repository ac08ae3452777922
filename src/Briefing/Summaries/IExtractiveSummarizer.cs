namespace Briefing.Summaries;

/// <summary>The offline, deterministic engine: no network, no key. The summary service falls back to it.</summary>
public interface IExtractiveSummarizer : ISummarizer;
