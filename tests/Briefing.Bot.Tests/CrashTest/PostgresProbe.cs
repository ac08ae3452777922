using Npgsql;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>Whether the test PostgreSQL answers; null when it does, otherwise why not.</summary>
internal static class PostgresProbe
{
    public static async Task<string?> UnreachableReasonAsync(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL at {new NpgsqlConnectionStringBuilder(connectionString) { Password = null }} is unreachable: {ex.Message}";
        }
    }
}
