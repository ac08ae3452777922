using System.Text.Json;
using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Microsoft.Data.Sqlite;

namespace Briefing.Bot.Tests.Cli;

/// <summary>
/// A file summarized without <c>--store</c> is fingerprinted exactly as the library fingerprints the stored article,
/// so storing it later finds the summary already made instead of making it again.
/// </summary>
public sealed class SummarizeFileCacheTests : IDisposable
{
    private const string Marker = "Written into the cache by the test, so only a cache hit can print it.";

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-cli-cache-").FullName;
    private readonly StringWriter _out = new();

    [Fact]
    public async Task Storing_a_file_summarized_before_reuses_its_cached_summary()
    {
        var path = Path.Combine(_folder, "ferries.md");
        // Odd whitespace on purpose: the stored article's paragraphs are normalised, and the hash must not care.
        await File.WriteAllTextAsync(path,
            "# Ferries Should Run All Year\n\nThe island council should fund a winter ferry,   because the summer-only service empties the island.\n\n"
            + "Critics say winter demand is too small.\tHowever, the last trial filled half the seats.\n\nIn short, fund the ferry for a full year before judging it.\n");

        Assert.Equal(0, await RunAsync("summarize", "--file", path, "--json"));
        string hash;
        await using (var db = await OpenAsync())
        {
            await using var read = new SqliteCommand("SELECT content_hash FROM summaries", db);
            hash = Assert.IsType<string>(await read.ExecuteScalarAsync());
            await using var plant = new SqliteCommand("UPDATE summaries SET summary_json = json_set(summary_json, '$.thesis.text', $marker)", db);
            plant.Parameters.AddWithValue("$marker", Marker);
            Assert.Equal(1, await plant.ExecuteNonQueryAsync());
        }

        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("summarize", "--file", path, "--store", "--json"));

        using var json = JsonDocument.Parse(_out.ToString());
        Assert.Equal(Marker, json.RootElement.GetProperty("thesis").GetProperty("text").GetString());
        Assert.NotEqual(JsonValueKind.Null, json.RootElement.GetProperty("article").GetProperty("id").ValueKind);
        await using var check = await OpenAsync();
        await using var stored = new SqliteCommand("SELECT content_hash FROM articles", check);
        Assert.Equal(hash, await stored.ExecuteScalarAsync());
        await using var count = new SqliteCommand("SELECT COUNT(*) FROM summaries", check);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    private Task<int> RunAsync(params string[] args) =>
        new CliApp(new BotLaunchSettings
        {
            Configuration = BotTestHost.Settings(_folder),
            Output = new ConsoleOutput(_out, TextWriter.Null),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        }).RunAsync(args, CancellationToken.None);

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "briefing.db")}");
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose()
    {
        _out.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
