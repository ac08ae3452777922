using Briefing.Bot.Commands;
using Briefing.Discord.Limits;

namespace Briefing.Bot.Tests.Commands;

/// <summary>
/// The cards' budgets are the wire project's limits (ReplyText reads them from Briefing.Discord.Limits); what is
/// checked here is what a reply builder makes of them.
/// </summary>
public sealed class ReplyBudgetTests
{
    [Fact]
    public void The_title_budget_also_fits_a_field_name_which_is_cut_to_it()
    {
        // Field names (a listed article's title) are cut to TitleLimit too, so it must fit both.
        Assert.InRange(ReplyText.TitleLimit, 1, Math.Min(MessageLimits.EmbedTitle, MessageLimits.EmbedFieldName));
    }

    [Fact]
    public void A_list_that_passes_the_field_budget_keeps_whole_lines_within_the_embed_limit()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"#{i} a listed article title that takes some room");

        var value = ReplyText.FieldValue(lines);

        Assert.InRange(value.Length, MessageLimits.EmbedFieldValue - 60, MessageLimits.EmbedFieldValue);
        Assert.EndsWith("room", value, StringComparison.Ordinal);
    }
}
