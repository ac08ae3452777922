using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Discord.Models;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.DiscordTransport;

public sealed class SummaryButtonsTests
{
    [Fact]
    public void A_standard_summary_with_counterpoints_gets_one_row_of_four_enabled_buttons_with_unique_ids()
    {
        var row = Assert.Single(SummaryButtons.Row(new SummaryView(7, SummaryLength.Standard, HasCounterpoints: true, HasSources: true)));

        Assert.Equal(MessageComponent.ActionRowType, row.Type);
        Assert.Equal(["Shorter", "Longer", "Counterpoints", "Sources"], row.Components!.Select(b => b.Label));
        Assert.All(row.Components!, b => Assert.Equal(MessageComponent.ButtonType, b.Type));
        Assert.All(row.Components!, b => Assert.Null(b.Disabled));
        Assert.Equal(4, row.Components!.Select(b => b.CustomId).Distinct().Count());
    }

    [Fact]
    public void Shorter_is_disabled_at_Short_and_Longer_at_Detailed()
    {
        var shortest = SummaryButtons.Row(new SummaryView(7, SummaryLength.Short, true, true))[0].Components!;
        var longest = SummaryButtons.Row(new SummaryView(7, SummaryLength.Detailed, true, true))[0].Components!;

        Assert.True(shortest.Single(b => b.Label == "Shorter").Disabled);
        Assert.Null(shortest.Single(b => b.Label == "Longer").Disabled);
        Assert.True(longest.Single(b => b.Label == "Longer").Disabled);
        Assert.Null(longest.Single(b => b.Label == "Shorter").Disabled);
    }

    [Fact]
    public void Counterpoints_and_Sources_are_left_out_when_the_summary_has_none()
    {
        var row = SummaryButtons.Row(new SummaryView(7, SummaryLength.Standard, HasCounterpoints: false, HasSources: false))[0];

        Assert.Equal(["Shorter", "Longer"], row.Components!.Select(b => b.Label));
    }

    [Fact]
    public void The_renderer_puts_the_row_on_the_first_message_of_a_summary_only()
    {
        var card = new ReplyCard { Title = "T", Description = "d" };
        var summary = new BotReply { Messages = [new ReplyMessage { Cards = [card] }, new ReplyMessage { Content = "more" }], Summary = new SummaryView(7, SummaryLength.Short, false, true) };

        var rendered = BotReplyRenderer.Render(summary);
        var plain = BotReplyRenderer.Render(summary with { Summary = null });

        Assert.NotNull(rendered[0].Components);
        Assert.Null(rendered[1].Components);
        Assert.All(plain, m => Assert.Null(m.Components));
    }
}
