namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Theory data that runs one test body on every provider:
/// <c>[SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]</c>.
/// </summary>
public static class StorageProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new() { Sqlite, Postgres };
}
