using System.Text.RegularExpressions;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Digests;
using Briefing.Discord.Models;
using Briefing.Feeds;
using Briefing.Storage;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.Discord;

/// <summary>
/// Hostile article text (titles, authors, site names, feed titles, quotes, model output) through the reply builders and
/// the Discord renderer: every piece reaches Discord escaped, while the bot's own formatting still works.
/// </summary>
public sealed class HostileMarkdownRenderingTests
{
    private const string Title = "# Breaking [Click here](https://evil.example/login) **now** ||spoiler|| <@123> @everyone `rm`";
    private const string EscapedTitle = @"\# Breaking \[Click here\](https://evil.example/login) \*\*now\*\* \|\|spoiler\|\| \<\@123\> \@everyone \`rm\`";

    /// <summary>Raw constructs that must never reach Discord unescaped (footers excepted: they render no Markdown).</summary>
    private static readonly string[] Live =
    [
        "[Click here](", "**now**", "||spoiler||", "<@123>", " @everyone", "`rm`", "# Breaking", "[Author](", "**Site**",
        "\n# ", "\n- ", "__u__", "<#42>",
    ];

    private static void AssertNothingLive(MessagePayload message)
    {
        var texts = new List<string?> { message.Content };
        foreach (var embed in message.Embeds ?? [])
        {
            texts.AddRange([embed.Title, embed.Description]);
            texts.AddRange((embed.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }));
        }

        foreach (var text in texts.Where(t => t is not null))
        {
            // Not preceded by the backslash that makes its first character literal.
            Assert.All(Live, raw => Assert.DoesNotMatch(@"(?<!\\)" + Regex.Escape(raw), text!));
        }
    }

    [Fact]
    public void A_summary_of_a_hostile_article_renders_every_article_string_escaped()
    {
        var summary = new ArgumentSummary
        {
            Article = new ArticleReference(7, Title, "https://example.test/a", "[Author](https://evil.example/a)", null, "**Site**"),
            Thesis = new SummaryItem("**Taxes** must rise\n# now", "**Taxes** must rise <#42>", 1),
            Points = [new SummaryItem("- because __u__", "because ||the|| budget", 2)],
            Counterpoints = [new SummaryItem("@everyone disagrees", "> some <@123> disagree\n- x", 3)],
            Engine = "model:test",
        };

        var reply = SummaryReply.Build(summary, [new SearchHit(8, "**Other** <@123>", "https://example.test/b", "", 1)]);
        var message = Assert.Single(BotReplyRenderer.Render(reply));

        AssertNothingLive(message);
        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(EscapedTitle, embed.Title);
        Assert.Equal("https://example.test/a", embed.Url);
        Assert.Equal(@"\[Author\](https://evil.example/a) · \*\*Site\*\* · undated", embed.Description);
        Assert.Equal("\\*\\*Taxes\\*\\* must rise \\# now\n> “\\*\\*Taxes\\*\\* must rise \\<\\#42\\>” (¶1)", embed.Fields![0].Value);
        Assert.StartsWith("1. \\- because \\_\\_u\\_\\_\n> ", embed.Fields[1].Value, StringComparison.Ordinal);
        // Footers and thread names are plain text on Discord: nothing renders there, so nothing is escaped.
        Assert.Contains("#8 **Other** <@123>", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.Equal("Discuss: " + Title, reply.ThreadName);
        Assert.Empty(message.AllowedMentions!.Parse);
    }

    [Fact]
    public void Digest_entries_escape_titles_theses_and_sources_and_keep_their_links()
    {
        var entry = new DigestEntry(9, Title, "https://example.test/a", "Model says: **yes** [x](https://evil.example)\n- list", "**Site** <@1>");
        var digest = new Digest(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1), [new DigestPage(1, 1, [entry])], 0);

        var message = Assert.Single(BotReplyRenderer.Render(new BotReply { Messages = DigestReply.All(digest) }));

        AssertNothingLive(message);
        var field = Assert.Single(Assert.Single(message.Embeds!).Fields!);
        Assert.Equal(EscapedTitle, field.Name);
        Assert.Equal("Model says: \\*\\*yes\\*\\* \\[x\\](https://evil.example) - list\n[\\*\\*Site\\*\\* \\<\\@1\\>](https://example.test/a) · #9", field.Value);
    }

    [Fact]
    public void A_hostile_answer_keeps_its_lines_but_not_its_markdown()
    {
        var answer = new Briefing.Conversations.GroundedAnswer("# Title\n> quote\n- list **b**\n[x](https://evil.example) <@123>",
            [new Briefing.Conversations.Citation(1, Title, 2, "||hidden||")], true, "model:test");

        var message = Assert.Single(BotReplyRenderer.Render(AnswerReply.Build(answer)));

        AssertNothingLive(message);
        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("\\# Title\n\\> quote\n\\- list \\*\\*b\\*\\*\n\\[x\\](https://evil.example) \\<\\@123\\>", embed.Description);
        Assert.Equal("“\\|\\|hidden\\|\\|” (¶2)", Assert.Single(embed.Fields!).Value);
    }

    [Fact]
    public void The_feed_list_escapes_feed_titles_and_errors()
    {
        var feed = new Feed
        {
            Id = 3, Url = "https://example.test/feed.xml", Title = Title, FailureCount = 1, LastError = "1 item skipped: **x** [y](https://evil.example)",
            NextPollAt = DateTimeOffset.UnixEpoch,
        };

        var message = Assert.Single(BotReplyRenderer.Render(BotReply.Text(FeedsCommandHandler.Describe(feed))));

        AssertNothingLive(message);
        Assert.StartsWith($"#3 {MarkdownText.Inline(Title, 80)} (https://example.test/feed.xml): failing", message.Content, StringComparison.Ordinal);
        Assert.EndsWith(@"last error: 1 item skipped: \*\*x\*\* \[y\](https://evil.example)", message.Content, StringComparison.Ordinal);
    }
}
