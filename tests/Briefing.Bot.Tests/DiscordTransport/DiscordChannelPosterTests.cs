using System.Net;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Digests;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>The digest poster: history reconciliation for unconfirmed pages, and 403/404 as an unavailable channel.</summary>
public sealed class DiscordChannelPosterTests
{
    private const ulong Channel = 555;
    private const ulong BotId = 1290000000000000001;
    private static readonly DateTimeOffset ClaimedAt = new(2026, 6, 8, 8, 0, 0, TimeSpan.Zero);
    private static readonly ReplyMessage Page = new()
    {
        Cards = [new ReplyCard { Title = "Digest: 2 new article(s) (1/2)", Fields = [new ReplyField("Ports reopen", "Settle before winter.\n[Example](https://news.example.org/a) · #4")] }],
    };

    [Fact]
    public async Task An_unconfirmed_page_already_in_the_channel_is_recorded_not_posted_again()
    {
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(r => r.GetCurrentUserAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new DiscordUser { Id = BotId, Bot = true });
        var rendered = BotReplyRenderer.Render(new BotReply { Messages = [Page] }).Single();
        rest.Setup(r => r.ListMessagesAsync(Channel, It.IsAny<ulong>(), 100, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            Message(9001, new DiscordUser { Id = 77, Username = "someone" }, rendered.Embeds),
            Message(9002, new DiscordUser { Id = BotId, Bot = true }, rendered.Embeds),
        ]);

        var result = await Poster(rest).PostMissingAsync(Channel, Page, "NONCE0000000000000001", ClaimedAt, CancellationToken.None);

        Assert.Equal(new PublishedPage("9002", 1), result);
        rest.Verify(r => r.CreateMessageAsync(It.IsAny<ulong>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()), Times.Never);
        // History is read from a little before the claim (a snowflake of that instant), not from the channel's beginning.
        rest.Verify(r => r.ListMessagesAsync(Channel, It.Is<ulong>(after => after > 0 && after < PostedMessageMatcher.SnowflakeBefore(ClaimedAt.AddMinutes(3))), 100, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task An_unconfirmed_page_missing_from_the_channel_is_posted_with_its_original_nonce()
    {
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(r => r.GetCurrentUserAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new DiscordUser { Id = BotId, Bot = true });
        rest.Setup(r => r.ListMessagesAsync(Channel, It.IsAny<ulong>(), 100, It.IsAny<CancellationToken>()))
            .ReturnsAsync([Message(9001, new DiscordUser { Id = BotId, Bot = true }, [new Embed { Title = "Digest: yesterday's page" }])]);
        MessagePayload? sent = null;
        rest.Setup(r => r.CreateMessageAsync(Channel, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, MessagePayload, CancellationToken>((_, payload, _) => sent = payload)
            .ReturnsAsync(new DiscordMessage { Id = 9100 });

        var result = await Poster(rest).PostMissingAsync(Channel, Page, "NONCE0000000000000001", ClaimedAt, CancellationToken.None);

        Assert.Equal(new PublishedPage("9100", 0), result);
        Assert.Equal("NONCE0000000000000001", sent!.Nonce);
        Assert.True(sent.EnforceNonce);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, 50001, "Missing Access", "403 Missing Access")]
    [InlineData(HttpStatusCode.NotFound, 10003, "Unknown Channel", "404 Unknown Channel")]
    public async Task A_403_or_404_means_the_channel_is_unavailable(HttpStatusCode status, int code, string message, string reason)
    {
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(r => r.CreateMessageAsync(Channel, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(status, code, message, null, "POST /channels/{channel_id}/messages"));

        var error = await Assert.ThrowsAsync<ChannelUnavailableException>(() => Poster(rest).PostAsync(Channel, Page, "n", CancellationToken.None));

        Assert.Equal(reason, error.Message);
    }

    [Fact]
    public async Task Other_failures_stay_ordinary_errors_and_are_retried_on_the_next_check()
    {
        var rest = new Mock<IDiscordRestClient>();
        rest.Setup(r => r.CreateMessageAsync(Channel, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.BadGateway, 0, "Bad Gateway", null, "POST /channels/{channel_id}/messages"));

        await Assert.ThrowsAsync<DiscordRestException>(() => Poster(rest).PostAsync(Channel, Page, "n", CancellationToken.None));
    }

    private static DiscordChannelPoster Poster(Mock<IDiscordRestClient> rest) =>
        new(new ServiceCollection().AddSingleton(rest.Object).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());

    private static DiscordMessage Message(ulong id, DiscordUser author, IReadOnlyList<Embed>? embeds) =>
        new() { Id = id, ChannelId = Channel, Author = author, Embeds = embeds ?? [] };
}
