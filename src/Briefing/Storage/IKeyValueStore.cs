namespace Briefing.Storage;

/// <summary>Small persistent settings (e.g. the hash of the last registered command set).</summary>
public interface IKeyValueStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);
    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
