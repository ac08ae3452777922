using System.Text.RegularExpressions;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>An article written to abuse Discord Markdown, summarized and searched on the fake Discord: what arrives is escaped.</summary>
public sealed class HostileMarkdownFlowTests : FakeDiscordTest
{
    // A raw construct counts only where its first character is not escaped.
    private static readonly string[] Live = ["[Click here](", "**now**", "||spoiler||", "<@123>", "`rm`", "# Harbour", "[Author](", "**Site**", "**The harbour", "||channel||", "[the council](", "<@&456>", "__ferry__"];

    [Fact]
    public async Task A_hostile_article_is_summarized_and_searched_with_its_markdown_escaped()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        await bot.AddArticleAsync(TestArticles.Hostile);

        var summarize = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "harbour dredging"), CancellationToken.None);
        var summary = await DiscordServer.WaitForAnswerAsync(summarize, Timeout);
        var search = await DiscordServer.SendCommandAsync(new FakeSlashCommand("library", "search", ("query", 3, "harbour dredging")), CancellationToken.None);
        var hits = await DiscordServer.WaitForAnswerAsync(search, Timeout);

        var embed = summary.BodyObject!["embeds"]![0]!;
        Assert.Equal(@"\# Harbour \[Click here\](https://evil.example/login) \*\*now\*\* \|\|spoiler\|\| \<\@123\> \`rm\`", (string?)embed["title"]);
        Assert.StartsWith(@"\[Author\](https://evil.example/a) · \*\*Site\*\*", (string?)embed["description"], StringComparison.Ordinal);
        var hit = hits.BodyObject!["embeds"]![0]!["fields"]![0]!;
        Assert.StartsWith(@"#1 \# Harbour \[Click here\]", (string?)hit["name"], StringComparison.Ordinal);
        Assert.Contains("**harbour**", (string?)hit["value"], StringComparison.OrdinalIgnoreCase);
        foreach (var body in new[] { summary.BodyObject, hits.BodyObject })
        {
            var embedText = DiscordBodies.VisibleText(body).Replace((string?)body!["embeds"]![0]!["footer"]?["text"] ?? "\u0000", "", StringComparison.Ordinal);
            Assert.All(Live, raw => Assert.DoesNotMatch(@"(?<!\\)" + Regex.Escape(raw), embedText));
        }
    }
}
