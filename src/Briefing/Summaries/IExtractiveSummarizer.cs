namespace Briefing.Summaries;

/// <summary>The offline, deterministic engine: no network, no key. The summary service falls back to it.</summary>
public interface IExtractiveSummarizer : ISummarizer
{
    /// <summary>
    /// Changes whenever the method changes what it returns. It stands in the cache key's model slot, so summaries
    /// cached by an older engine are not served after an upgrade.
    /// </summary>
    string Version { get; }
}
