using System.Text.Json;
using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Cli;

/// <summary>The executable's command line, run in-process against a temp database: exit codes and output shapes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create("cli");
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    private Task<int> RunAsync(params string[] args) => RunWithAsync([], args);

    private Task<int> RunWithAsync(Dictionary<string, string?> extraSettings, params string[] args) =>
        new CliApp(new BotLaunchSettings
        {
            Configuration = BotTestHost.Settings(_temp.Path).Concat(extraSettings).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            Output = new ConsoleOutput(_out, _error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        }).RunAsync(args, CancellationToken.None);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string ArticleHtml = """
        <!DOCTYPE html><html><head><title>Rail Freight Needs a Timetable, Not a Subsidy</title>
        <meta name="author" content="Ana Keller"><meta property="og:site_name" content="Test Transport Review"></head>
        <body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
        <article><h1>Rail Freight Needs a Timetable, Not a Subsidy</h1>
        <p>The ministry plans to pay hauliers a bonus for every container moved from road to rail next year.</p>
        <p>I argue that the bonus will fail, because shippers leave rail for reliability, not price: a container that arrives two days late costs more than any bonus returns.</p>
        <p>Freight trains lose their slots to passenger services whenever the network is busy, and the published freight timetable changes every month.</p>
        <p>Critics say that reliability takes years to fix while the bonus works at once. Admittedly, some shippers will switch for the money.</p>
        <p>In short, the ministry should guarantee freight slots for a year ahead before it spends a cent on bonuses.</p>
        </article><footer>Share this article. Leave a Reply.</footer></body></html>
        """;

    [Fact]
    public async Task Summarize_file_json_has_the_exact_shape_and_verbatim_quotes_and_stores_nothing()
    {
        var path = WriteFile("rail.html", ArticleHtml);

        var exit = await RunAsync("summarize", "--file", path, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_out.ToString());
        var root = json.RootElement;
        Assert.Equal(["article", "thesis", "points", "counterpoints", "engine"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "title", "url", "author", "published"], root.GetProperty("article").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("article").GetProperty("id").ValueKind);
        Assert.Equal("Rail Freight Needs a Timetable, Not a Subsidy", root.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("extractive", root.GetProperty("engine").GetString());
        var items = root.GetProperty("points").EnumerateArray().Concat(root.GetProperty("counterpoints").EnumerateArray()).Append(root.GetProperty("thesis")).ToList();
        Assert.All(items, item =>
        {
            Assert.Equal(["text", "quote", "paragraph"], item.EnumerateObject().Select(p => p.Name));
            Assert.Contains(item.GetProperty("quote").GetString()!, ArticleHtml, StringComparison.Ordinal);
        });

        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("list"));
        Assert.Contains("0 article(s)", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_dir_writes_one_json_object_per_file_with_its_name()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp.Path, "articles")).FullName;
        File.WriteAllText(Path.Combine(dir, "a.html"), ArticleHtml);
        File.WriteAllText(Path.Combine(dir, "b.md"), "# Ferries Should Run All Year\n\nThe island council should fund a winter ferry, because the summer-only service empties the island.\n\nCritics say winter demand is too small. However, the last trial filled half the seats.\n");

        var exit = await RunAsync("summarize", "--dir", dir, "--json", "--length", "short");

        Assert.Equal(0, exit);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a.html", "b.md"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Ingest_then_search_and_show_find_the_article()
    {
        var path = WriteFile("rail.html", ArticleHtml);

        Assert.Equal(0, await RunAsync("ingest", path));
        Assert.Equal(0, await RunAsync("search", "timetable", "--json"));
        var hits = JsonDocument.Parse(_out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Last()).RootElement;
        var id = hits[0].GetProperty("id").GetInt64();
        Assert.Equal(0, await RunAsync("show", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains("¶2 I argue that the bonus will fail", _out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_reports_the_articles_waiting_for_embeddings_and_embed_computes_them()
    {
        var path = WriteFile("rail.html", ArticleHtml);
        var minilm = new Dictionary<string, string?> { ["Retrieval:Embedder"] = "minilm" };

        Assert.Equal(0, await RunWithAsync(minilm, "ingest", path));
        Assert.Contains("1 waiting for embeddings", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunWithAsync(minilm, "embed"));
        Assert.Contains("1 embedded", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunWithAsync(minilm, "ingest", path));

        Assert.EndsWith("0 waiting for embeddings (the running bot computes them in the background, or run `embed`); until then they are found by their words", _out.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "summarize")]
    [InlineData(2, "summarize", "words", "--id", "3")]
    [InlineData(2, "summarize", "words", "--length", "epic")]
    [InlineData(2, "frobnicate")]
    [InlineData(1, "show", "abc")]
    [InlineData(1, "show", "999")]
    [InlineData(1, "summarize", "--file", "/nonexistent/article.html")]
    [InlineData(1, "summarize", "nothing matches this at all")]
    [InlineData(1, "search", "anything", "--guild", "minus-one")]
    [InlineData(0, "search", "anything")]
    [InlineData(0, "summarize", "--help")]
    public async Task Exit_codes_are_0_ok_1_bad_input_2_usage(int expected, params string[] args)
    {
        var exit = await RunAsync(args);

        Assert.Equal(expected, exit);
        if (expected == 1)
        {
            Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        _temp.Dispose();
    }
}
