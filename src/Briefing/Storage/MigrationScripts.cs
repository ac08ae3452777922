using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Storage;

/// <summary>
/// The provider's schema steps: <c>Migrations/{Provider}/NNNN_name.sql</c> beside this file, embedded in the assembly,
/// numbered 1..n without gaps. DbUp runs them by resource name; <c>schema_version</c> records their numbers.
/// </summary>
internal sealed partial class MigrationScripts
{
    private readonly string _prefix;

    public MigrationScripts(StorageProvider provider)
    {
        _prefix = $"{typeof(MigrationScripts).Namespace}.Migrations.{provider}.";
        Names = [.. typeof(MigrationScripts).Assembly.GetManifestResourceNames().Where(Contains).Order(StringComparer.Ordinal)];
        for (var i = 0; i < Names.Count; i++)
        {
            var (version, _) = Parse(Names[i]);
            if (version != i + 1)
            {
                throw new InvalidOperationException($"{provider} migrations must be numbered 1..n without gaps; found {version} at position {i + 1}.");
            }
        }
    }

    /// <summary>Resource names in version order: the name of version v is at index v - 1.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The newest schema version these scripts reach.</summary>
    public int Latest => Names.Count;

    public bool Contains(string resourceName) =>
        resourceName.StartsWith(_prefix, StringComparison.Ordinal) && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    /// <summary>Version and short name ("initial") of a script's resource name.</summary>
    public (int Version, string Name) Parse(string resourceName)
    {
        var match = FileNamePattern().Match(resourceName.StartsWith(_prefix, StringComparison.Ordinal) ? resourceName[_prefix.Length..] : resourceName);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value)
            : throw new InvalidOperationException($"Migration resource '{resourceName}' is not named NNNN_name.sql.");
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
