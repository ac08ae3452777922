using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.DiscordTransport;

public sealed class SummaryButtonIdTests
{
    public static TheoryData<SummaryAction, SummaryLength, long> EveryButton()
    {
        var data = new TheoryData<SummaryAction, SummaryLength, long>();
        foreach (var action in Enum.GetValues<SummaryAction>())
            foreach (var length in Enum.GetValues<SummaryLength>())
                foreach (var id in new[] { 1L, 42L, long.MaxValue })
                    data.Add(action, length, id);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryButton))]
    public void Every_button_reads_back_as_what_was_written(SummaryAction action, SummaryLength length, long articleId)
    {
        var customId = SummaryButtonId.Format(action, articleId, length);

        Assert.StartsWith("b1:", customId, StringComparison.Ordinal);
        Assert.True(SummaryButtonId.TryParse(customId, out var button));
        Assert.Equal(new SummaryButton(action, articleId, length), button);
    }

    [Fact]
    public void The_longest_possible_custom_id_fits_discords_limit_of_100()
    {
        var longest = Enum.GetValues<SummaryAction>()
            .SelectMany(action => Enum.GetValues<SummaryLength>().Select(length => SummaryButtonId.Format(action, long.MaxValue, length)))
            .MaxBy(id => id.Length)!;

        Assert.Equal("b1:counterpoints:9223372036854775807:standard", longest);
        Assert.True(longest.Length <= SummaryButtonId.MaxLength, $"{longest.Length} characters");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("b1:shorter:1:standard\n")]
    [InlineData(" b1:shorter:1:standard")]
    [InlineData("b1:shorter:1:Standard")]
    [InlineData("B1:shorter:1:standard")]
    [InlineData("b0:shorter:1:standard")]
    [InlineData("b1:shorter:0:standard")]
    [InlineData("b1:shorter:01:standard")]
    [InlineData("b1:shorter:-1:standard")]
    [InlineData("b1:shorter:+1:standard")]
    [InlineData("b1:shorter:9223372036854775808:standard")]
    [InlineData("b1:shorter:١:standard")]
    [InlineData("b1:shorter:1:2")]
    [InlineData("b1:1:1:standard")]
    [InlineData("b1:shorter:1")]
    [InlineData("b1:shorter:1:standard:1")]
    [InlineData("b1:summarize:1:standard")]
    [InlineData("b1:shorter:1:tiny")]
    public void Anything_the_bot_cannot_have_written_is_refused(string? customId)
    {
        Assert.False(SummaryButtonId.TryParse(customId, out _));
    }

    [Fact]
    public void An_id_longer_than_discord_allows_is_refused_before_it_is_matched()
    {
        Assert.False(SummaryButtonId.TryParse("b1:shorter:1:standard" + new string(' ', 100), out _));
        Assert.False(SummaryButtonId.TryParse(new string('1', 10_000), out _));
    }

    [Fact]
    public void Writing_refuses_values_no_button_can_carry()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryButtonId.Format(SummaryAction.Shorter, 0, SummaryLength.Short));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryButtonId.Format((SummaryAction)9, 1, SummaryLength.Short));
        Assert.Throws<ArgumentOutOfRangeException>(() => SummaryButtonId.Format(SummaryAction.Shorter, 1, (SummaryLength)9));
    }
}
