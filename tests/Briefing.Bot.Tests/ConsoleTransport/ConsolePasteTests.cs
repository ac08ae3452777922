using Briefing.Bot.Cli;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Tests.Cli;

namespace Briefing.Bot.Tests.ConsoleTransport;

/// <summary>A bare /summarize in the console reads the lines after it as one pasted text, up to a line holding only a dot.</summary>
public sealed class ConsolePasteTests
{
    private static readonly string[] Article =
    [
        "Libraries Should Lend Tools, Not Just Books",
        "By Ingrid Vasquez",
        "March 3, 2026",
        "",
        "Public libraries should lend power drills, sewing machines and soil testers as readily as they lend novels, because a town that shares the equipment it rarely uses saves money and keeps people learning by doing.",
        "",
        "Most households use a power drill for less than fifteen minutes in its whole working life. Buying one for every home is a waste that a single shelf at the branch could end.",
        "",
        "Advertisement",
        "",
        "In the three towns that opened tool shelves last year, loans of all kinds rose by a fifth, and the people who came for a ladder often left with a book about the repair they were planning.",
        "",
        "Critics warn that a broken saw is a liability the library cannot afford. That worry is fair, but the insurers who already cover the maker spaces many branches run would cover the shelf too, and a short safety class at the desk answers most of it.",
        "",
        "A library has always been the place where a town keeps what no household should have to buy alone. Tools belong on that list.",
    ];

    [Fact]
    public async Task A_pasted_article_of_many_lines_is_summarized_with_its_title_byline_thesis_and_paragraph_numbers()
    {
        var text = await RunAsync(["/summarize", .. Article, ".", "/quit"]);

        Assert.Contains(ConsolePasteReader.Prompt, text, StringComparison.Ordinal);
        Assert.Contains("┌─ Libraries Should Lend Tools, Not Just Books", text, StringComparison.Ordinal);
        Assert.Contains("│  Ingrid Vasquez · pasted text · 3 Mar 2026", text, StringComparison.Ordinal);
        Assert.Matches(@"│  Thesis\n│    Public libraries should lend power drills[^\n]*\n│    > “Public libraries should lend power drills[^\n]*” \(¶1\)", text);
        // The page's "Advertisement" line is not a paragraph: the numbers are the article's own.
        Assert.Matches(@"> “In the three towns that opened tool shelves last year[^\n]*” \(¶3\)", text);
        Assert.Matches(@"> “Critics warn that a broken saw is a liability the library cannot afford\.” \(¶4\)", text);
        Assert.Matches(@"> “A library has always been the place[^\n]*” \(¶5\)", text);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.Contains("[thread opened: Discuss: Libraries Should Lend Tools, Not Just Books", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No thread yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_end_of_the_input_ends_a_paste_and_its_length_applies()
    {
        var text = await RunAsync(["/summarize length:short", .. Article]);

        Assert.Contains("┌─ Libraries Should Lend Tools, Not Just Books", text, StringComparison.Ordinal);
        // Short is the shortest length: the summary offers only the way up.
        Assert.Contains("[on this summary: /longer /counterpoints /sources]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/summarize|.|/quit")]
    [InlineData("/summarize||   |.|/quit")]
    [InlineData("/summarize")]
    public async Task An_empty_paste_gets_one_line_and_no_summary(string lines)
    {
        var text = await RunAsync(lines.Split('|'));

        Assert.Contains(ConsolePaste.NothingPasted, text, StringComparison.Ordinal);
        Assert.DoesNotContain("┌─", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paste_over_the_ingestion_cap_is_refused_whole_and_its_lines_never_run_as_commands()
    {
        var line = "Every sentence of this long paste repeats the same claim about harbour dues, so that it runs past the cap. ";
        var oversized = Enumerable.Repeat(line + line, 10).Append("/digest now channel:#news").Append("What does it say?");

        var text = await RunAsync(["/summarize", .. oversized, ".", "/summarize north korea"], new() { ["Ingestion:MaxResponseBytes"] = "1024" });

        Assert.Contains("That paste is too large to summarize: over 1 KB (Ingestion:MaxResponseBytes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Posted the digest", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No thread yet", text, StringComparison.Ordinal);
        // The line after the dot is a command again (the 1 KB cap keeps the demo articles out, so nothing matches).
        Assert.Contains("> /summarize north korea\n(only you can see this)\nNothing in the library matches “north korea”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paste_too_short_to_be_a_text_is_refused_instead_of_searched()
    {
        var text = await RunAsync(["/summarize", "north korea", ".", "/quit"]);

        Assert.Contains("That paste is too short to read as a text", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pyongyang", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_length_is_refused_before_any_paste_and_help_tells_how_to_paste()
    {
        var text = await RunAsync(["/summarize length:huge", "/help"]);

        Assert.Contains("> /summarize length:huge\nlength must be one of: short, standard, detailed.\n> /help", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsolePasteReader.Prompt, text, StringComparison.Ordinal);
        Assert.Contains(ConsolePasteReader.HelpText, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_holds_a_paste_block_and_goes_on_with_commands_and_questions_after_the_dot()
    {
        var (exit, text) = await ConsoleScript.RunAsync(
        [
            "# a paste block: every line up to the dot is the article's, blank lines and all",
            "/summarize length:detailed",
            .. Article,
            ".",
            "Who warns about broken saws?",
            "/summarize north korea",
        ]);

        Assert.Equal(0, exit);
        Assert.Contains("> /summarize length:detailed\n" + ConsolePasteReader.Prompt + "\n[pasted 15 line(s)]\n┌─ Libraries Should Lend Tools", text, StringComparison.Ordinal);
        Assert.Contains("[on this summary: /shorter /counterpoints /sources]", text, StringComparison.Ordinal);
        Assert.Matches(@"> Who warns about broken saws\?\n┌─\n│  ¶4: “[^”]*broken saw", text);
        Assert.Contains("┌─ Pyongyang's 'No Talks' Statement Is a Bid for Time", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> Most households", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_a_terminal_the_paste_prints_its_prompt_once_and_no_command_prompt_per_pasted_line()
    {
        await using var bot = await BotTestHost.StartAsync();

        await bot.Services.GetRequiredService<ConsoleSession>().RunAsync(new StringReader(string.Join('\n', ["/summarize", .. Article, ".", "/quit"])), interactive: true, CancellationToken.None);

        var text = bot.Output.ToString();
        Assert.Contains("> " + ConsolePasteReader.Prompt, text, StringComparison.Ordinal);
        Assert.Contains("┌─ Libraries Should Lend Tools, Not Just Books", text, StringComparison.Ordinal);
        // One command prompt before the paste and one after the summary: none for the 15 pasted lines.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(text, "(?m)^> "));
    }

    private static Task<string> RunAsync(string[] lines, Dictionary<string, string?>? configuration = null) => ConsoleSessionRun.RunAsync(lines, configuration);
}
