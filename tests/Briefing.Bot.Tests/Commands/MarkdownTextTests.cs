using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Commands;

/// <summary>The one escaping helper: what it escapes, what it keeps, and that the console can undo it.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("[Click here](https://evil.example/login)", @"\[Click here\](https://evil.example/login)")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("-# subtext", @"\-\# subtext")]
    [InlineData("- item", @"\- item")]
    [InlineData("  + item", @"  \+ item")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("12) twelfth", @"12\) twelfth")]
    [InlineData("**bold** and __underline__ and ~~strike~~", @"\*\*bold\*\* and \_\_underline\_\_ and \~\~strike\~\~")]
    [InlineData("||spoiler||", @"\|\|spoiler\|\|")]
    [InlineData("`code` and ```block```", @"\`code\` and \`\`\`block\`\`\`")]
    [InlineData("@everyone and @here", @"\@everyone and \@here")]
    [InlineData("<@123> <@&456> <#789> <t:1700000000:R> <:emoji:1>", @"\<\@123\> \<\@&456\> \<\#789\> \<t:1700000000:R\> \<:emoji:1\>")]
    [InlineData("> quoted\n>>> everything after", "\\> quoted\n\\>\\>\\> everything after")]
    [InlineData(@"a \*not\* escape", @"a \\\*not\\\* escape")]
    [InlineData("Budget 2026: 3-2 vote, well-known (¶3).", "Budget 2026: 3-2 vote, well-known (¶3).")]
    public void Markdown_significant_text_is_escaped_and_ordinary_text_is_left_alone(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
        Assert.Equal(text, MarkdownText.Unescape(expected));
    }

    [Fact]
    public void Web_addresses_stay_whole_so_they_still_link()
    {
        Assert.Equal(@"see https://example.test/a_b*c?x=1 \*now\*", MarkdownText.Escape("see https://example.test/a_b*c?x=1 *now*"));
    }

    [Fact]
    public void Inline_text_is_one_line_and_fits_its_limit_after_escaping()
    {
        var hostile = string.Concat(Enumerable.Repeat("**x** ", 100)) + "\n# heading";

        var inline = MarkdownText.Inline(hostile, 100);

        Assert.True(inline.Length <= 100, inline);
        Assert.DoesNotContain('\n', inline);
        Assert.EndsWith("…", inline, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\*", inline);
    }

    [Fact]
    public void A_quote_cannot_break_out_of_its_block_quote()
    {
        var item = new Briefing.Summaries.SummaryItem("Point\n# Heading", "a quote\n\n> another\n@everyone [x](https://evil.example)", 4);

        var markdown = ReplyText.Item(item);

        var lines = markdown.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal(@"Point \# Heading", lines[0]);
        Assert.Equal(@"> “a quote \> another \@everyone \[x\](https://evil.example)” (¶4)", lines[1]);
    }

    [Fact]
    public void Search_highlights_stay_bold_and_the_rest_is_escaped()
    {
        Assert.Equal(@"the **budgets** is \[short\](https://evil.example) \|\|x\|\| and loud, \`not\` bold",
            MarkdownText.Snippet("the **budgets** is [short](https://evil.example) ||x|| and **loud**, `not` bold", "budget", 300));
    }

    [Fact]
    public void A_masked_link_keeps_its_target_whole_and_its_label_literal()
    {
        Assert.Equal(@"[\*\*Site\*\* \[x\]](https://example.test/a_%28b%29)", MarkdownText.Link("**Site** [x]", "https://example.test/a_(b)", 80));
        Assert.Equal(@"C:\\notes\\a.md", MarkdownText.Link(@"C:\notes\a.md", "file:///C:/notes/a.md", 80));
    }
}
