using System.Net;
using Briefing.Bot.DiscordTransport;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>The channel's server comes from Discord's own channel object; a channel the bot cannot reach has none.</summary>
public sealed class DiscordChannelDirectoryTests
{
    private readonly Mock<IDiscordRestClient> _rest = new();

    [Fact]
    public async Task A_channel_belongs_to_the_guild_Discord_names_for_it()
    {
        _rest.Setup(r => r.GetChannelAsync(400, It.IsAny<CancellationToken>())).ReturnsAsync(new DiscordChannel { Id = 400, GuildId = 2 });

        Assert.Equal(2UL, await new DiscordChannelDirectory(_rest.Object).FindGuildAsync(400, CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, 10003)]
    [InlineData(HttpStatusCode.Forbidden, 50001)]
    public async Task A_channel_the_bot_cannot_reach_belongs_to_no_guild(HttpStatusCode status, int code)
    {
        _rest.Setup(r => r.GetChannelAsync(999, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(status, code, "refused", null, "GET /channels/{channel_id}"));

        Assert.Null(await new DiscordChannelDirectory(_rest.Object).FindGuildAsync(999, CancellationToken.None));
    }

    [Fact]
    public async Task Other_failures_are_not_mistaken_for_an_answer()
    {
        _rest.Setup(r => r.GetChannelAsync(400, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.InternalServerError, 0, "oops", null, "GET /channels/{channel_id}"));

        await Assert.ThrowsAsync<DiscordRestException>(() => new DiscordChannelDirectory(_rest.Object).FindGuildAsync(400, CancellationToken.None));
    }
}
