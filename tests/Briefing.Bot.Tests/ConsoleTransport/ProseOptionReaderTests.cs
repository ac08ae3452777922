using Briefing.Bot.Commands;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Tests.Cli;

namespace Briefing.Bot.Tests.ConsoleTransport;

/// <summary>A console line whose text reads as pasted text is that text whole: words like "Note:" or "file:" in it are not options.</summary>
public sealed class ProseOptionReaderTests
{
    private const string Prose = "The harbour board wants to double its dues on cargo ships next spring. Note: the board has not raised them in "
        + "twelve years. The file: a memo from the finance office shows that the quays need repairs the present dues cannot pay for. "
        + "Shipping firms answer that the nearest rival port charges half as much, and that traffic will move there.";

    private static readonly CommandInvocation Context = new() { Name = string.Empty, GuildId = 1, ChannelId = 100, UserId = 10, CanManageGuild = true };

    [Fact]
    public void Option_names_inside_prose_are_words_of_the_text()
    {
        var invocation = SlashLineParser.Parse("/summarize " + Prose, Context, out var error);

        Assert.Null(error);
        Assert.Equal(Prose, invocation!.Option("query"));
        Assert.Null(invocation.Option("file"));
        Assert.Null(invocation.Option("length"));
    }

    [Theory]
    [InlineData("/summarize {0} length:short", "short")]
    [InlineData("/summarize length:detailed {0}", "detailed")]
    [InlineData("/summarize length:Short query:{0}", "Short")]
    [InlineData("/summarize query:{0}   length:standard  ", "standard")]
    public void A_length_choice_as_the_first_or_last_word_is_still_the_length(string line, string length)
    {
        var invocation = SlashLineParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, line, Prose), Context, out _);

        Assert.Equal(Prose, invocation!.Option("query"));
        Assert.Equal(length, invocation.Option("length"));
    }

    [Theory]
    [InlineData("length:verbose")]
    [InlineData("length: short")]
    [InlineData("file:memo.txt")]
    public void Anything_else_after_prose_stays_text(string tail)
    {
        var invocation = SlashLineParser.Parse($"/summarize {Prose} {tail}", Context, out _);

        Assert.Equal($"{Prose} {tail}", invocation!.Option("query"));
        Assert.Null(invocation.Option("length"));
        Assert.Null(invocation.Option("file"));
    }

    [Fact]
    public void A_line_that_is_not_prose_reads_its_options_as_before()
    {
        var invocation = SlashLineParser.Parse("/summarize harbour dues file:memo.txt length:short", Context, out _);

        Assert.Equal("harbour dues", invocation!.Option("query"));
        Assert.Equal("memo.txt", invocation.Option("file"));
        Assert.Equal("short", invocation.Option("length"));
    }

    [Fact]
    public void A_long_question_keeps_its_colons()
    {
        var invocation = SlashLineParser.Parse("/ask " + Prose, Context, out _);

        Assert.Equal(Prose, invocation!.Option("question"));
    }

    [Fact]
    public async Task Prose_with_option_words_in_it_is_summarized_in_the_console()
    {
        var (exit, text) = await ConsoleScript.RunAsync(["/summarize " + Prose + " length:short"]);

        Assert.Equal(0, exit);
        Assert.Matches(@"┌─ The harbour board wants to double its dues", text);
        Assert.Matches(@"\[on this summary: /longer[^\]]*\]", text);
        Assert.Contains("> “The file: a memo from the finance office", text, StringComparison.Ordinal);
        Assert.DoesNotContain("file: takes a file", text, StringComparison.Ordinal);
    }
}
