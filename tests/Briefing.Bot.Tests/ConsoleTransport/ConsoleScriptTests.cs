using Briefing.Bot.Cli;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Tests.Cli;

namespace Briefing.Bot.Tests.ConsoleTransport;

public sealed class ConsoleScriptTests
{
    [Fact]
    public async Task A_script_loads_the_demo_library_summarizes_answers_a_follow_up_and_previews_a_digest()
    {
        var (exit, text) = await RunScriptAsync(
        [
            "# comments and blank lines are skipped",
            "/summarize north korea",
            "What are the allies advised to plan for?",
            "/digest preview",
            "/digest subscribe channel:200 time:07:30 timezone:America/New_York",
            "/quit",
            "/help",
        ]);

        Assert.Equal(0, exit);
        Assert.Contains("The library was empty: loaded 6 fictional demo articles.", text, StringComparison.Ordinal);
        Assert.Contains("> /summarize north korea", text, StringComparison.Ordinal);
        Assert.Contains("┌─ Pyongyang's 'No Talks' Statement Is a Bid for Time", text, StringComparison.Ordinal);
        Assert.Matches(@"│  Thesis\n│    [^\n]*playing out the clock", text);
        Assert.Contains("[thread opened: Discuss: Pyongyang's 'No Talks' Statement Is a Bid for Time", text, StringComparison.Ordinal);
        Assert.Matches(@"> What are the allies advised to plan for\?\n┌─\n│  ¶\d+: “[^”]*long wait", text);
        Assert.Contains("Preview (no digest is set up here; this is everything new in the last day):", text, StringComparison.Ordinal);
        Assert.Contains("Drought Rules Should Follow the Water, Not the Paperwork", text, StringComparison.Ordinal);
        Assert.Contains("Subscribed #200: daily at 07:30 America/New_York, all topics", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> /help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_typed_by_name_is_the_console_channel_for_subscribing_and_posting()
    {
        var (exit, text) = await RunScriptAsync(
        [
            "/digest subscribe channel:#news time:07:30 timezone:Europe/Berlin",
            "/digest now channel:#news",
        ]);

        Assert.Equal(0, exit);
        Assert.Contains("Subscribed #console: daily at 07:30 Europe/Berlin, all topics", text, StringComparison.Ordinal);
        Assert.Contains("[posted to #console]\n┌─ Digest: 6 new article(s)", text, StringComparison.Ordinal);
        Assert.Contains("Posted the digest to #console.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_pasted_after_summarize_is_summarized_as_it_is_and_can_be_asked_about()
    {
        var (exit, text) = await RunScriptAsync(
        [
            "/summarize Cities should stop building parking garages downtown, because every new space invites another car into streets that are already full. "
                + "The garages cost more per space than a year of free bus passes for the people who would park there. Critics say drivers from the villages "
                + "have no other way in. That is true today, but a park-and-ride at the ring road serves them better than a garage at the centre.",
            "What do critics say about drivers from the villages?",
        ]);

        Assert.Equal(0, exit);
        Assert.Contains("┌─ Cities should stop building parking garages downtown", text, StringComparison.Ordinal);
        Assert.Contains("[thread opened: Discuss: Cities should stop building parking garages downtown", text, StringComparison.Ordinal);
        Assert.Matches(@"> What do critics say about drivers from the villages\?\n┌─\n│  ¶\d+: “[^”]*villages", text);
        Assert.DoesNotContain("Pyongyang", text, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Text)> RunScriptAsync(string[] lines) => ConsoleScript.RunAsync(lines);
}
