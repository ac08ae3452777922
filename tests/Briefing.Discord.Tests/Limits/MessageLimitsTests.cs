using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Limits;

public sealed class MessageLimitsTests
{
    [Fact]
    public void Prepare_adds_the_no_ping_default_and_keeps_an_explicit_choice()
    {
        var explicitUsers = new AllowedMentions { Users = [42] };

        Assert.Same(AllowedMentions.None, MessageLimits.Prepare(new MessagePayload { Content = "x", AllowedMentions = null }).AllowedMentions);
        Assert.Same(explicitUsers, MessageLimits.Prepare(new MessagePayload { Content = "x", AllowedMentions = explicitUsers }).AllowedMentions);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("embeds")]
    [InlineData("total")]
    [InlineData("nonce")]
    [InlineData("empty")]
    public void Messages_over_a_limit_are_refused_before_sending(string problem)
    {
        var message = problem switch
        {
            "content" => MessagePayload.Text(new string('c', 2001)),
            "embeds" => new MessagePayload { Embeds = Enumerable.Range(0, 11).Select(i => new Embed { Title = $"{i}" }).ToArray() },
            "total" => new MessagePayload { Embeds = [new Embed { Description = new string('a', 4000) }, new Embed { Description = new string('b', 2001) }] },
            "nonce" => new MessagePayload { Content = "x", Nonce = new string('n', 26), EnforceNonce = true },
            _ => new MessagePayload(),
        };

        var error = Assert.Throws<ArgumentException>(() => MessageLimits.Prepare(message));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Exactly_at_the_limits_is_accepted()
    {
        MessageLimits.Validate(new MessagePayload
        {
            Content = new string('c', 2000),
            Nonce = new string('n', 25),
            Embeds = [new Embed { Description = new string('a', 4096) }, new Embed { Description = new string('b', 1904) }],
        });
    }
}
