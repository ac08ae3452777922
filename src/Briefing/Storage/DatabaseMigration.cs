using System.Reflection;
using System.Text.RegularExpressions;

namespace Briefing.Storage;

/// <summary>One numbered schema step: <c>Library/Migrations/{Provider}/NNNN_name.sql</c>, embedded in the assembly.</summary>
internal sealed partial record DatabaseMigration(int Version, string Name, string Sql)
{
    /// <summary>The provider's migrations in version order.</summary>
    public static IReadOnlyList<DatabaseMigration> Load(StorageProvider provider)
    {
        var assembly = typeof(DatabaseMigration).Assembly;
        var prefix = $"Briefing.Storage.Migrations.{provider}.";
        var migrations = new List<DatabaseMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resource[prefix.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            migrations.Add(new DatabaseMigration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"{provider} migrations must be numbered 1..n without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
