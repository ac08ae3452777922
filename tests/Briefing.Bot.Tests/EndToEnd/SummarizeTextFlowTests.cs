using Microsoft.AspNetCore.Http;
using Briefing.Articles;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Ingestion;
using Briefing.Storage;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// /summarize with text as people have it, seen from Discord: a file attached to the command (downloaded from a loopback
/// CDN) or text pasted into query. Readable text is summarized and stored like a member's link (thread, held out of the
/// digest, the CLI's fingerprint); anything else gets one ephemeral line and leaves the library as it was.
/// </summary>
public sealed class SummarizeTextFlowTests : FakeDiscordTest
{
    private const int SizeCap = 16 * 1024;

    private const string OneParagraph =
        "Cities should stop building parking garages downtown, because every new space invites another car into streets that are already full. "
        + "The garages cost more per space than a year of free bus passes for the people who would park there. When Lindholm turned its last municipal "
        + "garage into housing, traffic on the main avenue fell by a fifth within two years, and shops reported more customers, not fewer. Critics say "
        + "drivers from the villages have no other way in. That is true today, but a park-and-ride at the ring road serves them better than a garage at the centre.";

    // Untitled, with the furniture a copy from a blog brings along: category line, byline, date, share/print lines, comments, "About".
    private const string WebCopied = """
        Categorized | Opinion, Transport

        By Ilse Marten

        March 3, 2026

        The council voted last week to trim the night bus network from nine routes to four, citing empty seats after midnight.

        Night buses are the cheapest safety policy a city can buy, and cutting them will cost more in taxis, injuries and lost shifts than it saves. A route that runs half empty still carries the cleaners, nurses and kitchen staff who keep the day city working.

        The savings are smaller than they look. Each cut route saves about the price of two street lights a year, while the hospital alone reports that a third of its night staff have no car.

        Supporters of the cut say ride-hailing fills the gap. It does for those who can pay surge prices at two in the morning, but not for a porter earning the minimum wage.

        The council should keep all nine routes for another year and publish the passenger counts by stop, so the debate rests on numbers instead of impressions.

        Share this: Facebook | Twitter | Email

        Print Friendly

        Leave a Reply

        Your email address will not be published. Required fields are marked *

        About The Transit Desk

        The Transit Desk is a project of the Harbour City Commuters Association.
        """;

    private const string Page = """
        <!DOCTYPE html><html><head><title>Libraries Should Open on Sundays</title><meta name="author" content="Noor Haddad"></head>
        <body><nav><a href="/">Home</a> · <a href="/opinion">Opinion</a></nav><article><h1>Libraries Should Open on Sundays</h1>
        <p>The city's libraries close on the one day most working families are free to visit them, and that schedule should change this year.</p>
        <p>Weekday hours end at six, before many parents are home; a Sunday opening would reach the readers the branches say they are missing.</p>
        <p>Staff unions worry about weekend shifts. Paying the Sunday rate for four hours costs less than the reading programmes the city funds to catch children up.</p>
        <p>The council should open the three largest branches on Sunday afternoons for a trial year and count who comes.</p>
        </article><footer>© Westside Voices</footer></body></html>
        """;

    private FakeCdn _cdn = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _cdn = await FakeCdn.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await _cdn.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task An_attached_one_paragraph_txt_file_is_summarized_with_a_thread_stored_for_the_guild_and_fingerprinted_as_the_CLI_does()
    {
        await using var bot = await StartBotAsync();
        var file = _cdn.Upload("parking-garages.txt", "text/plain; charset=utf-8", OneParagraph);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Attachment("summarize", "file", file), CancellationToken.None);
        var answer = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        var thread = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        Assert.Equal("Parking garages", (string?)answer.BodyObject!["embeds"]![0]!["title"]);
        Assert.Contains("stop building parking garages downtown", DiscordBodies.VisibleText(answer.Body), StringComparison.Ordinal);
        Assert.Equal("Discuss: Parking garages", (string?)thread.BodyObject!["name"]);
        Assert.False(interaction.Ephemeral);
        var stored = Assert.Single(await GuildArticlesAsync(bot));
        Assert.StartsWith("urn:briefing:attachment:", stored.Url, StringComparison.Ordinal);
        Assert.False(stored.InDigest);
        Assert.Equal(FakeDiscordIds.Guild, stored.GuildId);
        Assert.Equal(await CliFingerprintAsync(bot, "parking-garages.txt", OneParagraph), stored.ContentHash);
        // Downloaded once, at the address Discord gave (signed query included), through the guarded fetcher.
        var download = Assert.Single(_cdn.Requests);
        Assert.Equal(file.Url.AbsolutePath, download.Path);
    }

    [Fact]
    public async Task An_untitled_web_copied_md_file_loses_its_page_furniture_and_keeps_its_byline_and_date()
    {
        await using var bot = await StartBotAsync();
        var file = _cdn.Upload("night-buses.md", "text/markdown; charset=utf-8", WebCopied);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Attachment("summarize", "file", file), CancellationToken.None);
        var answer = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);

        var shown = DiscordBodies.VisibleText(answer.Body);
        Assert.Equal("Night buses", (string?)answer.BodyObject!["embeds"]![0]!["title"]);
        var stored = Assert.Single(await GuildArticlesAsync(bot));
        Assert.Equal(["Ilse Marten"], stored.Authors);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), stored.PublishedAt);
        var body = string.Join('\n', stored.Paragraphs);
        foreach (var furniture in new[] { "Categorized", "Share this", "Print Friendly", "Leave a Reply", "email address", "About The Transit Desk", "is a project of" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
            Assert.DoesNotContain(furniture, shown, StringComparison.Ordinal);
        }
        Assert.Contains("keep all nine routes", body, StringComparison.Ordinal);
        Assert.Equal(await CliFingerprintAsync(bot, "night-buses.md", WebCopied), stored.ContentHash);
    }

    [Fact]
    public async Task An_attached_html_file_is_read_as_a_page_with_its_title_and_author()
    {
        await using var bot = await StartBotAsync();
        var file = _cdn.Upload("sunday-libraries.html", "text/html; charset=utf-8", Page);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Attachment("summarize", "file", file), CancellationToken.None);
        var answer = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);

        Assert.Equal("Libraries Should Open on Sundays", (string?)answer.BodyObject!["embeds"]![0]!["title"]);
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);
        var stored = Assert.Single(await GuildArticlesAsync(bot));
        Assert.Equal(["Noor Haddad"], stored.Authors);
        Assert.DoesNotContain(stored.Paragraphs, p => p.Contains("Westside Voices", StringComparison.Ordinal) || p.StartsWith("Home", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_binary_file_named_txt_is_refused_in_one_line_and_nothing_is_stored()
    {
        await using var bot = await StartBotAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00];
        var file = _cdn.Upload("notes.txt", "text/plain", png);

        var text = await RefusalAsync(FakeSlashCommand.Attachment("summarize", "file", file));

        Assert.Equal("I could not read notes.txt: no readable text (binary data, not a text file)", text);
        Assert.Empty(await GuildArticlesAsync(bot));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_refused_naming_the_limit_whether_Discord_states_its_size_or_not()
    {
        await using var bot = await StartBotAsync();
        var big = string.Concat(Enumerable.Repeat(OneParagraph + "\n\n", 60));
        var stated = _cdn.Upload("long-essay.txt", "text/plain; charset=utf-8", big);
        // A size the platform understates: the download itself is cut off at the cap.
        var understated = _cdn.Upload("long-essay-2.txt", "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(big), reportedSize: 2_000);

        var refusedFirst = await RefusalAsync(FakeSlashCommand.Attachment("summarize", "file", stated));
        var refusedSecond = await RefusalAsync(FakeSlashCommand.Attachment("summarize", "file", understated));

        Assert.Matches(@"^I could not read long-essay\.txt: too large \([\d.]+ KB, limit 16 KB\)$", refusedFirst);
        Assert.Equal("I could not read long-essay-2.txt: too large (over 16 KB)", refusedSecond);
        // The stated size refused the first before any download; only the second was (partly) fetched.
        Assert.Equal([understated.Url.AbsolutePath], _cdn.Requests.Select(r => r.Path));
        Assert.Empty(await GuildArticlesAsync(bot));
    }

    [Fact]
    public async Task A_file_of_another_type_is_refused_naming_its_type_without_being_downloaded()
    {
        await using var bot = await StartBotAsync();
        var file = _cdn.Upload("slides.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37]);

        var text = await RefusalAsync(FakeSlashCommand.Attachment("summarize", "file", file));

        Assert.Equal("I could not read slides.pdf: unsupported file type (.pdf, application/pdf; expected .txt, .md or .html)", text);
        Assert.Empty(_cdn.Requests);
        Assert.Empty(await GuildArticlesAsync(bot));
    }

    [Fact]
    public async Task Text_pasted_into_query_is_summarized_as_that_text_instead_of_searched()
    {
        await using var bot = await StartBotAsync();
        await bot.AddArticleAsync(TestArticles.Bridges);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", OneParagraph), CancellationToken.None);
        var answer = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        var shown = DiscordBodies.VisibleText(answer.Body);
        Assert.StartsWith("Cities should stop building parking garages downtown", (string?)answer.BodyObject!["embeds"]![0]!["title"], StringComparison.Ordinal);
        Assert.DoesNotContain("Bridges Before Ribbons", shown, StringComparison.Ordinal);
        var pasted = Assert.Single(await GuildArticlesAsync(bot), a => a.Url.StartsWith("urn:briefing:paste:", StringComparison.Ordinal));
        Assert.Equal("paste", pasted.Origin);
        Assert.False(pasted.InDigest);
        Assert.Equal(await CliFingerprintAsync(bot, "pasted.txt", OneParagraph), pasted.ContentHash);
    }

    [Fact]
    public async Task Neither_query_nor_file_gets_one_line_saying_what_to_give()
    {
        await using var bot = await StartBotAsync();

        var text = await RefusalAsync(new FakeSlashCommand("summarize", null, ("length", 3, "short")));

        Assert.Equal("Tell me what to summarize: /summarize query:<words, a URL or pasted text>, or file:<a .txt, .md or .html file>.", text);
    }

    [Fact]
    public async Task A_slow_download_shows_that_the_attached_file_is_being_read()
    {
        await using var slowCdn = await LoopbackServer.StartAsync();
        slowCdn.Map("/attachments/slow/parking-garages.txt", async context =>
        {
            await Task.Delay(SlowLoopbackServer.Delay, context.RequestAborted);
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(OneParagraph, context.RequestAborted);
        });
        await using var bot = await StartBotAsync(new Dictionary<string, string?> { ["Discord:Progress:ShowAfter"] = "00:00:00.200" });
        var file = new FakeAttachment(FakeDiscordIds.NewId(), "parking-garages.txt", "text/plain; charset=utf-8", OneParagraph.Length, slowCdn.Url("/attachments/slow/parking-garages.txt"));

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Attachment("summarize", "file", file), CancellationToken.None);
        await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        var edits = DiscordServer.Requests.Where(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(interaction.Token, StringComparison.Ordinal)).ToList();
        Assert.Equal("⏳ Reading the attached file parking-garages.txt…", (string?)edits[0].BodyObject!["content"]);
        Assert.Equal("Parking garages", (string?)edits[^1].BodyObject!["embeds"]![0]!["title"]);
    }

    private Task<BotOnFakeDiscord> StartBotAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            // The CDN is a loopback server here; on Discord it is a public host the guard lets through.
            ["Ingestion:AllowPrivateNetworks"] = "true",
            ["Ingestion:MaxResponseBytes"] = SizeCap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: settings);
    }

    /// <summary>The one ephemeral line the command was answered with.</summary>
    private async Task<string> RefusalAsync(FakeSlashCommand command)
    {
        var interaction = await DiscordServer.SendCommandAsync(command, CancellationToken.None);
        var answer = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        Assert.True(interaction.Ephemeral);
        var text = DiscordBodies.VisibleText(answer.Body);
        Assert.DoesNotContain('\n', text);
        return text;
    }

    private static Task<IReadOnlyList<Article>> GuildArticlesAsync(BotOnFakeDiscord bot) =>
        bot.Service<IArticleStore>().ListAsync(ArticleScope.Guild(FakeDiscordIds.Guild), 20, CancellationToken.None);

    /// <summary>The fingerprint <c>summarize --file</c> gives the same text saved as <paramref name="fileName"/>.</summary>
    private static async Task<string> CliFingerprintAsync(BotOnFakeDiscord bot, string fileName, string text)
    {
        using var folder = TempDirectory.Create("paste");
        var path = folder.File(fileName);
        await File.WriteAllTextAsync(path, text);
        var draft = await bot.Service<IArticleIngestor>().LoadAsync(path, null, CancellationToken.None);
        return ArticleText.ContentHash(draft.Paragraphs);
    }
}
