namespace Briefing.Storage;

/// <summary>The database was written by a newer build than this one; nothing was changed.</summary>
public sealed class SchemaVersionException : Exception
{
    public SchemaVersionException(int databaseVersion, int codeVersion)
        : base($"The database schema is at version {databaseVersion} but this build only knows up to version {codeVersion}; run a newer build (the database was not changed).")
    {
        DatabaseVersion = databaseVersion;
        CodeVersion = codeVersion;
    }

    public int DatabaseVersion { get; }
    public int CodeVersion { get; }
}
