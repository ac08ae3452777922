namespace Briefing.Bot.Tests.ConsoleTransport;

/// <summary>The console's one user is the bot's owner: a run of follow-up questions is not cut off by the per-user limit.</summary>
public sealed class ConsoleRateLimitTests
{
    private static readonly string[] Questions =
    [
        "/summarize four-day week",
        "What do supporters say?",
        "What was the trial?",
        "Who volunteered?",
        "How many temporary workers were hired?",
        "What should happen next?",
        "Does the author agree?",
        "What about schools?",
        "/quit",
    ];

    [Fact]
    public async Task Eight_questions_in_a_row_are_all_answered()
    {
        var text = await RunAsync(Questions);

        Assert.DoesNotContain("faster than I can read", text, StringComparison.Ordinal);
        // The summary and each of the seven answers ends on its engine line.
        Assert.Equal(Questions.Length - 1, text.Split("└─ Engine:").Length - 1);
    }

    [Fact]
    public async Task A_limit_set_in_the_configuration_still_applies()
    {
        var text = await RunAsync(Questions, new Dictionary<string, string?> { ["Commands:RateLimitPermits"] = "3" });

        Assert.Contains("You're asking faster than I can read.", text, StringComparison.Ordinal);
    }

    private static Task<string> RunAsync(string[] lines, Dictionary<string, string?>? configuration = null) => ConsoleSessionRun.RunAsync(lines, configuration);
}
