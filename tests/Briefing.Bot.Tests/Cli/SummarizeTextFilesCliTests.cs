using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Cli;

/// <summary>
/// <c>summarize --file/--dir</c> on text as people have it, through the CLI entry point: one paragraph, no title,
/// copied from a web page, and bad files that must each give one line and leave the rest (and the library) alone.
/// All texts are invented for these tests.
/// </summary>
public sealed class SummarizeTextFilesCliTests : IDisposable
{
    private readonly TempDirectory _temp = TempDirectory.Create("textcli");
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    private const string OneParagraph =
        "The city should stop building new car parks in the centre. Every new space invites another car into streets that are already full, " +
        "and the last two garages filled within a year without easing traffic at all. The money would do more as frequent buses from the suburbs, " +
        "which the council's own survey says most drivers would use if they ran every ten minutes.";

    private const string Untitled =
        "Most towns judge a library by its loans, and loans have fallen for a decade.\n\n" +
        "But the library is now the only warm public room many people can use without paying, and visits have risen even as loans fell.\n\n" +
        "Cutting opening hours because loans fell therefore removes the service people use most. The council should count visits, not loans.";

    private const string WebCopied = """
        Home » Opinion » Housing

        Categorized | Housing

        Rent Caps Are Treating the Symptom

        By Marta Oyelaran
        June 2, 2025

        Share this: Facebook Twitter Email

        The new rent cap freezes what landlords may charge sitting tenants for two years.

        The cap will not make homes cheaper, because it does nothing about the shortage that pushes rents up. Landlords will raise the rent between tenancies instead.

        The city should spend the same political capital on zoning reform, which is what actually adds homes.

        Marta Oyelaran is a research fellow at the Civic Housing Lab.

        Print Friendly, PDF & Email

        Leave a Reply

        Your email address will not be published.

        About The Housing Desk

        The Housing Desk blog is a project of the Civic Housing Lab.
        """;

    private Task<int> RunAsync(params string[] args) =>
        new CliApp(new BotLaunchSettings
        {
            Configuration = BotTestHost.Settings(_temp.Path),
            Output = new ConsoleOutput(_out, _error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        }).RunAsync(args, CancellationToken.None);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<JsonElement> SummarizeFileAsync(string path)
    {
        var exit = await RunAsync("summarize", "--file", path, "--json");
        Assert.True(exit == 0, _error.ToString());
        return JsonDocument.Parse(_out.ToString()).RootElement;
    }

    [Fact]
    public async Task A_one_paragraph_file_without_a_title_is_summarized_under_its_file_name()
    {
        var summary = await SummarizeFileAsync(Write("car-parks_centre.txt", OneParagraph));

        Assert.Equal("Car parks centre", summary.GetProperty("article").GetProperty("title").GetString());
        Assert.Contains(summary.GetProperty("thesis").GetProperty("quote").GetString()!, OneParagraph, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untitled_file_keeps_its_first_paragraph_as_text()
    {
        var summary = await SummarizeFileAsync(Write("libraries.txt", Untitled));

        Assert.Equal("Libraries", summary.GetProperty("article").GetProperty("title").GetString());
        var quotes = summary.GetProperty("points").EnumerateArray().Append(summary.GetProperty("thesis")).Select(i => i.GetProperty("quote").GetString()!).ToList();
        Assert.All(quotes, q => Assert.Contains(q, Untitled, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_web_copied_file_has_its_title_author_and_date_and_no_furniture_in_the_summary()
    {
        var summary = await SummarizeFileAsync(Write("rent-caps.txt", WebCopied));

        var article = summary.GetProperty("article");
        Assert.Equal("Rent Caps Are Treating the Symptom", article.GetProperty("title").GetString());
        Assert.Equal("Marta Oyelaran", article.GetProperty("author").GetString());
        Assert.StartsWith("2025-06-02", article.GetProperty("published").GetString(), StringComparison.Ordinal);
        var text = _out.ToString();
        foreach (var chrome in new[] { "Categorized", "Share this", "Print Friendly", "Leave a Reply", "is a project of", "research fellow" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_folder_prints_one_line_per_file_and_a_bad_file_does_not_stop_the_others()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp.Path, "mixed")).FullName;
        File.WriteAllText(Path.Combine(dir, "a-one-paragraph.txt"), OneParagraph);
        File.WriteAllBytes(Path.Combine(dir, "b-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        File.WriteAllText(Path.Combine(dir, "c-empty.md"), "  \n\n ");
        File.WriteAllText(Path.Combine(dir, "d-untitled.txt"), Untitled);
        File.WriteAllText(Path.Combine(dir, "e-web-copied.txt"), WebCopied);

        var exit = await RunAsync("summarize", "--dir", dir, "--json");

        Assert.Equal(1, exit);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a-one-paragraph.txt", "b-binary.txt", "c-empty.md", "d-untitled.txt", "e-web-copied.txt"], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal(["thesis", "error", "error", "thesis", "thesis"], lines.Select(l => l.TryGetProperty("error", out _) ? "error" : "thesis"));
        Assert.EndsWith("b-binary.txt: no readable text (binary data, not a text file)", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("c-empty.md: no readable text (the text is empty)", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storing_a_folder_with_bad_files_stores_only_the_good_ones_whole()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp.Path, "store")).FullName;
        File.WriteAllText(Path.Combine(dir, "a-car-parks.txt"), OneParagraph);
        File.WriteAllBytes(Path.Combine(dir, "b.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        File.WriteAllText(Path.Combine(dir, "c.txt"), "Share this:\n\nPrint Friendly, PDF & Email");

        Assert.Equal(1, await RunAsync("summarize", "--dir", dir, "--json", "--store"));
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("list"));

        Assert.Contains("1 article(s)", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("A car parks", _out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("twenty-megabytes")]
    [InlineData("furniture-only")]
    public async Task A_bad_file_is_one_line_on_stderr_without_a_stack_trace(string kind)
    {
        var path = Path.Combine(_temp.Path, kind + ".txt");
        switch (kind)
        {
            case "binary":
                File.WriteAllBytes(path, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0xFE, 0x00, 0x01]);
                break;
            case "empty":
                File.WriteAllText(path, string.Empty);
                break;
            case "twenty-megabytes":
                await using (var file = File.Create(path))
                {
                    var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A sentence of padding for the very large file. ", 1000)));
                    while (file.Length < 20 * 1024 * 1024)
                    {
                        file.Write(block);
                    }
                }

                break;
            default:
                File.WriteAllText(path, "Share this:\n\nFacebook Twitter Email\n\nLeave a Reply");
                break;
        }

        var exit = await RunAsync("summarize", "--file", path, "--json");

        Assert.Equal(1, exit);
        Assert.Empty(_out.ToString());
        var error = Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(path + ": ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _error.ToString(), StringComparison.Ordinal);
        if (kind == "twenty-megabytes")
        {
            Assert.EndsWith("too large (20 MB, limit 5 MB)", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_of_one_very_long_line_is_summarized_in_pieces()
    {
        // About 1 MB on a single line: no title line, no paragraph breaks, far past one stored paragraph's size.
        var sentences = Enumerable.Range(1, 12_000).Select(i => $"Clause {i} of the consolidated bylaw adjusts parking fees in zone {i % 40}.");
        var path = Write("bylaw.txt", string.Join(' ', sentences));

        var clock = Stopwatch.StartNew();
        var summary = await SummarizeFileAsync(path);

        Assert.Equal("Bylaw", summary.GetProperty("article").GetProperty("title").GetString());
        Assert.StartsWith("Clause ", summary.GetProperty("thesis").GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("de", "Die Stadt sollte keine neuen Parkhäuser im Zentrum bauen. Jeder neue Platz lockt ein weiteres Auto in Straßen, die schon voll sind. Das Geld wäre in häufigen Bussen aus den Vororten besser angelegt, weil die meisten Fahrer sie nutzen würden.")]
    [InlineData("zh", "城市不应该在市中心再建停车场。每一个新车位都会吸引更多汽车进入已经拥堵的街道。这笔钱更适合用于开往郊区的高频公交车，因为大多数司机表示愿意乘坐。")]
    [InlineData("ar", "يجب على المدينة أن تتوقف عن بناء مواقف سيارات جديدة في المركز. كل موقف جديد يجذب سيارة أخرى إلى شوارع مزدحمة بالفعل. المال أفضل في حافلات متكررة من الضواحي.")]
    public async Task Text_in_another_language_gets_a_best_effort_summary(string language, string text)
    {
        var summary = await SummarizeFileAsync(Write($"parking-{language}.txt", text));

        Assert.Equal($"Parking {language}", summary.GetProperty("article").GetProperty("title").GetString());
        Assert.Contains(summary.GetProperty("thesis").GetProperty("quote").GetString()!, text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        _temp.Dispose();
    }
}
