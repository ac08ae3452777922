using System.Net;
using Briefing.Discord.Messages;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Moq;

namespace Briefing.Discord.Tests.Messages;

public sealed class DiscordThreadExtensionsTests
{
    private readonly Mock<IDiscordRestClient> _rest = new();

    [Fact]
    public async Task In_a_text_channel_the_message_is_posted_and_the_thread_started_from_it()
    {
        _rest.Setup(client => client.CreateMessageAsync(5, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiscordMessage { Id = 70, ChannelId = 5 });
        _rest.Setup(client => client.StartThreadFromMessageAsync(5, 70, It.Is<StartThreadFromMessageRequest>(r => r.Name == "Trade" && r.AutoArchiveDuration == 1440), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiscordChannel { Id = 70, Type = ChannelType.PublicThread });

        var started = await _rest.Object.StartThreadWithMessageAsync(new DiscordChannel { Id = 5, Type = ChannelType.GuildText }, "Trade",
            MessagePayload.Text("summary"), 1440, CancellationToken.None);

        Assert.Equal(new StartedThread(70, 70), started);
        _rest.Verify(client => client.StartForumThreadAsync(It.IsAny<ulong>(), It.IsAny<StartForumThreadRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task In_a_forum_the_post_is_the_thread()
    {
        _rest.Setup(client => client.StartForumThreadAsync(6, It.Is<StartForumThreadRequest>(r => r.Message.Content == "summary"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiscordChannel { Id = 90, Type = ChannelType.PublicThread, ParentId = 6 });

        var started = await _rest.Object.StartThreadWithMessageAsync(new DiscordChannel { Id = 6, Type = ChannelType.GuildForum }, "Trade",
            MessagePayload.Text("summary"), null, CancellationToken.None);

        Assert.Equal(new StartedThread(90, 90), started);
        _rest.Verify(client => client.CreateMessageAsync(It.IsAny<ulong>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_existing_thread_on_the_message_is_reused()
    {
        _rest.Setup(client => client.StartThreadFromMessageAsync(5, 70, It.IsAny<StartThreadFromMessageRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.BadRequest, 160004, "A thread has already been created for this message", null, "POST /channels/{channel_id}/messages/{message_id}/threads"));

        Assert.Equal(70UL, await _rest.Object.EnsureThreadFromMessageAsync(5, 70, "Trade", null, CancellationToken.None));
    }
}
