using System.ComponentModel.DataAnnotations;

namespace Briefing.Storage;

/// <summary>Where the library lives: the database engine and its connection string (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (default, one process) or <c>postgres</c> (several instances on one database).</summary>
    [Required(ErrorMessage = "Storage:Provider is required: 'sqlite' or 'postgres'.")]
    [RegularExpression("^(?i:sqlite|postgres)$", ErrorMessage = "Storage:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>For SQLite the folder of the data source is created on first use.</summary>
    [Required(ErrorMessage = "Storage:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "Data Source=data/briefing.db";

    /// <summary>How long a SQLite writer waits for another writer's lock before failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Storage:BusyTimeout must be between 0 and 10 minutes.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The parsed <see cref="Provider"/>.</summary>
    public StorageProvider ProviderKind =>
        string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase) ? StorageProvider.Postgres : StorageProvider.Sqlite;
}
