using System.Text.RegularExpressions;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Cli;

/// <summary>The console's /shorter, /longer, /counterpoints and /sources: the summary buttons, acting on the last summary shown.</summary>
public sealed partial class ConsoleSummaryActionTests
{
    [Fact]
    public async Task The_actions_need_a_summary_then_change_its_length_step_by_step_and_show_its_counterpoints_and_sources()
    {
        var text = await RunScriptAsync(
        [
            "/sources",
            "/summarize north korea",
            "/shorter",
            "/shorter",
            "/longer",
            "/longer",
            "/longer",
            "/counterpoints",
            "/sources",
            "/longer please",
        ]);

        var replies = Replies(text);
        Assert.Equal(ConsoleSummaryActions.NoSummaryText, replies["/sources"][0].Trim());
        var standard = replies["/summarize north korea"][0];
        Assert.Contains("[on this summary: /shorter /longer /counterpoints /sources]", standard, StringComparison.Ordinal);
        var shorter = replies["/shorter"];
        Assert.True(KeyPoints(shorter[0]) < KeyPoints(standard), shorter[0]);
        Assert.Contains("[on this summary: /longer /counterpoints /sources]", shorter[0], StringComparison.Ordinal);
        Assert.Contains(SummaryActionHandler.ShortestText, shorter[1], StringComparison.Ordinal);
        var longer = replies["/longer"];
        Assert.Equal(KeyPoints(standard), KeyPoints(longer[0]));
        Assert.True(KeyPoints(longer[1]) >= KeyPoints(standard), longer[1]);
        Assert.Contains("[on this summary: /shorter /counterpoints /sources]", longer[1], StringComparison.Ordinal);
        Assert.Contains(SummaryActionHandler.LongestText, longer[2], StringComparison.Ordinal);
        // A new length stays in the summary's thread: no second one is opened.
        Assert.DoesNotContain("[thread opened", string.Concat(shorter.Concat(longer)), StringComparison.Ordinal);

        var counterpoints = replies["/counterpoints"][0];
        Assert.Contains("(only you can see this)", counterpoints, StringComparison.Ordinal);
        Assert.Contains("Counterpoints the author weighs: Pyongyang's 'No Talks' Statement Is a Bid for Time", counterpoints, StringComparison.Ordinal);
        Assert.Matches(@"Critics of this reading[^\n]*\n│  > “[^”]+” \(¶5\)", counterpoints);
        Assert.DoesNotContain("Thesis", counterpoints, StringComparison.Ordinal);
        var sources = replies["/sources"][1];
        Assert.Contains("Sources: Pyongyang's 'No Talks' Statement Is a Bid for Time", sources, StringComparison.Ordinal);
        // The thesis paragraph in full, not the quote's cut.
        Assert.Contains("and allies should plan for a long wait rather than a collapse of diplomacy.", sources, StringComparison.Ordinal);
        Assert.Contains("/longer takes nothing after it", replies["/longer please"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_summary_actions()
    {
        var text = await RunScriptAsync(["/help"]);

        Assert.Contains(ConsoleSummaryActions.HelpText, text, StringComparison.Ordinal);
    }

    // Each echoed "> line" and what was printed after it, grouped by line in order.
    private static Dictionary<string, List<string>> Replies(string text)
    {
        var replies = new Dictionary<string, List<string>>();
        foreach (System.Text.RegularExpressions.Match block in Echo().Matches(text))
        {
            var line = block.Groups["line"].Value;
            if (!replies.TryGetValue(line, out var list)) replies[line] = list = [];
            list.Add(block.Groups["reply"].Value);
        }
        return replies;
    }

    private static int KeyPoints(string reply)
    {
        var start = reply.IndexOf("│  Key points", StringComparison.Ordinal);
        var end = reply.IndexOf("│  Counterpoints", start, StringComparison.Ordinal);
        return Regex.Matches(reply[start..end], @"│    \d+\. ").Count;
    }

    private static async Task<string> RunScriptAsync(string[] lines)
    {
        var (exit, text) = await ConsoleScript.RunAsync(lines);
        Assert.Equal(0, exit);
        return text;
    }

    [GeneratedRegex(@"^> (?<line>[^\n]+)\n(?<reply>(?:(?!> )[^\n]*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex Echo();
}
