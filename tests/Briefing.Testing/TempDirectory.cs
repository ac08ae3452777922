using Microsoft.Data.Sqlite;

namespace Briefing.Testing;

/// <summary>
/// A fresh folder under the system temp path that is deleted, with everything in it, on dispose. SQLite keeps pooled
/// connections (and so open files) after a test is done with a database, so the pools are cleared first.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Every folder this kit creates starts with this, so a leftover is easy to attribute.</summary>
    public const string Prefix = "briefing-";

    private TempDirectory(string path) => Path = path;

    public string Path { get; }

    /// <summary>Creates <c>$TMPDIR/briefing-{purpose}-XXXXXX</c>.</summary>
    public static TempDirectory Create(string purpose) =>
        new(Directory.CreateTempSubdirectory(Prefix + purpose + "-").FullName);

    /// <summary>A path inside the folder (the file itself is not created).</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Delete(Path);

    /// <summary>Deletes a folder a test made, after releasing SQLite's pooled files; a folder already gone is fine.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
