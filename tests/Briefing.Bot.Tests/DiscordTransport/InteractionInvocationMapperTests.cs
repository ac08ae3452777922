using System.Text.Json;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;

namespace Briefing.Bot.Tests.DiscordTransport;

public sealed class InteractionInvocationMapperTests
{
    [Theory]
    [InlineData(FakeSlashCommand.MemberPermissions, false)]
    [InlineData(FakeSlashCommand.MemberPermissions | FakeSlashCommand.ManageGuild, true)]
    [InlineData(FakeSlashCommand.MemberPermissions | (1UL << 3), true)]
    public void Manage_server_comes_from_the_member_permissions_or_administrator(ulong permissions, bool expected)
    {
        var command = new FakeSlashCommand("digest", "subscribe", ("channel", 7, FakeDiscordIds.Channel.ToString()), ("time", 3, "07:30"))
        {
            Permissions = permissions,
        };
        var interaction = DiscordPayloadParser.ParseInteraction(JsonDocument.Parse(command.ToPayload(1, "t", "2").ToJsonString()).RootElement);

        var invocation = InteractionInvocationMapper.Map(interaction, InvokedCommand.From(interaction)!, boundThreadId: null);

        Assert.Equal(expected, invocation.CanManageGuild);
        Assert.Equal("digest", invocation.Name);
        Assert.Equal("subscribe", invocation.Subcommand);
        Assert.Equal(FakeDiscordIds.Channel.ToString(), invocation.Option("channel"));
        Assert.Equal("07:30", invocation.Option("time"));
        Assert.Equal(FakeDiscordIds.User, invocation.UserId);
        Assert.Equal(FakeDiscordIds.Guild, invocation.GuildId);
    }

    [Theory]
    [InlineData(null, "essay.txt")]
    [InlineData("Ensayo_año.txt", "Ensayo_año.txt")]
    [InlineData("Ensayo", "essay.txt")]
    public void An_attachment_option_carries_its_resolved_file_under_its_original_name_when_that_keeps_the_extension(string? title, string expected)
    {
        var file = new FakeAttachment(77, "essay.txt", "text/plain; charset=utf-8", 1234, new Uri("https://cdn.discordapp.com/attachments/1/77/essay.txt?ex=1&is=2&hm=3&"));
        var payload = FakeSlashCommand.Attachment("summarize", "file", file).ToPayload(1, "t", "2");
        if (title is not null) payload["data"]!["resolved"]!["attachments"]!["77"]!["title"] = title;
        var interaction = DiscordPayloadParser.ParseInteraction(JsonDocument.Parse(payload.ToJsonString()).RootElement);

        var invocation = InteractionInvocationMapper.Map(interaction, InvokedCommand.From(interaction)!, boundThreadId: null);

        var attachment = invocation.Attachment("file");
        Assert.NotNull(attachment);
        Assert.Equal(expected, attachment.FileName);
        Assert.Equal("text/plain; charset=utf-8", attachment.ContentType);
        Assert.Equal(1234, attachment.Size);
        Assert.Equal(file.Url, attachment.Url);
        Assert.Equal("77", invocation.Option("file"));
    }

    [Fact]
    public void An_attachment_id_without_a_resolved_file_carries_no_attachment()
    {
        var payload = new FakeSlashCommand("summarize", null, ("file", 11, "78")).ToPayload(1, "t", "2");
        var interaction = DiscordPayloadParser.ParseInteraction(JsonDocument.Parse(payload.ToJsonString()).RootElement);

        var invocation = InteractionInvocationMapper.Map(interaction, InvokedCommand.From(interaction)!, boundThreadId: null);

        Assert.Null(invocation.Attachment("file"));
        Assert.Equal("78", invocation.Option("file"));
    }
}
