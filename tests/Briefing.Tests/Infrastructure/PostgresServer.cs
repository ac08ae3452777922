using Npgsql;

namespace Briefing.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests use (env <c>BRIEFING_TEST_POSTGRES</c>), probed once per test run.</summary>
public static class PostgresServer
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=54329;Username=briefing;Database=briefing_test";

    private static readonly Lazy<Task<string?>> Probe = new(ProbeAsync);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("BRIEFING_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>On CI a missing server is a failure, never a skip.</summary>
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>null when the server answers; otherwise why it could not be reached.</summary>
    public static Task<string?> UnreachableReasonAsync() => Probe.Value;

    private static async Task<string?> ProbeAsync()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL at {new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }} is unreachable: {ex.Message}";
        }
    }
}
