using Briefing.Bot.Commands;
using Briefing.Discord.Limits;

namespace Briefing.Bot.Tests.Commands;

/// <summary>
/// The command layer sees no Discord types, so its card budgets are numbers of its own; here, where both are
/// visible, each is pinned to the one owner of Discord's limits, so neither can move without the other.
/// </summary>
public sealed class ReplyBudgetTests
{
    [Fact]
    public void A_card_field_holds_exactly_what_an_embed_field_value_may()
    {
        Assert.Equal(MessageLimits.EmbedFieldValue, ReplyText.FieldValueLimit);
    }

    [Fact]
    public void A_card_title_holds_exactly_what_an_embed_title_and_a_field_name_may()
    {
        Assert.Equal(MessageLimits.EmbedTitle, ReplyText.TitleLimit);
        Assert.Equal(MessageLimits.EmbedFieldName, ReplyText.TitleLimit);
    }

    [Fact]
    public void Suggestions_are_asked_for_as_many_as_one_autocomplete_answer_holds()
    {
        Assert.Equal(InteractionLimits.Choices, ArticleSuggester.MaxSuggestions);
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
