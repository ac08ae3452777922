namespace Briefing.Storage;

/// <summary>The database engines the library runs on.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
