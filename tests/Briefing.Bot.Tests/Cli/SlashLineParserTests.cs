using Briefing.Bot.Cli;
using Briefing.Bot.Commands;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Cli;

public sealed class SlashLineParserTests
{
    private static readonly CommandInvocation Context = new() { Name = string.Empty, GuildId = 1, ChannelId = 100, UserId = 10, CanManageGuild = true };

    [Fact]
    public void Free_words_fill_the_required_text_option_and_named_options_follow()
    {
        var invocation = SlashLineParser.Parse("/summarize north korea length:short", Context, out var error);

        Assert.Null(error);
        Assert.Equal("summarize", invocation!.Name);
        Assert.Null(invocation.Subcommand);
        Assert.Equal("north korea", invocation.Option("query"));
        Assert.Equal("short", invocation.Option("length"));
    }

    [Fact]
    public void Subcommand_options_keep_spaces_and_commas_until_the_next_option()
    {
        var invocation = SlashLineParser.Parse("/digest subscribe channel:<#555> time:07:30 timezone:Europe/Berlin topics:north korea, trade", Context, out _);

        Assert.Equal("subscribe", invocation!.Subcommand);
        Assert.Equal("<#555>", invocation.Option("channel"));
        Assert.Equal("07:30", invocation.Option("time"));
        Assert.Equal("Europe/Berlin", invocation.Option("timezone"));
        Assert.Equal("north korea, trade", invocation.Option("topics"));
    }

    [Fact]
    public void A_missing_channel_means_the_console_channel()
    {
        var invocation = SlashLineParser.Parse("/digest now", Context, out _);

        Assert.Equal("100", invocation!.Option("channel"));
    }

    [Theory]
    [InlineData("/digest subscribe channel:#news time:07:30", "100")]
    [InlineData("/digest now channel:#briefings", "100")]
    [InlineData("/digest now channel:<#555>", "<#555>")]
    [InlineData("/digest now channel:555", "555")]
    public void A_channel_typed_by_name_means_the_console_channel(string line, string expected)
    {
        var invocation = SlashLineParser.Parse(line, Context, out var error);

        Assert.Null(error);
        Assert.Equal(expected, invocation!.Option("channel"));
    }

    [Theory]
    [InlineData("/nonsense", "Unknown command '/nonsense'")]
    [InlineData("/digest", "/digest needs one of: subscribe, unsubscribe, list, preview, now.")]
    [InlineData("/ask", "/ask needs question:")]
    public void Bad_lines_get_one_clear_line(string line, string expected)
    {
        var invocation = SlashLineParser.Parse(line, Context, out var error);

        Assert.Null(invocation);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error!);
    }
}
