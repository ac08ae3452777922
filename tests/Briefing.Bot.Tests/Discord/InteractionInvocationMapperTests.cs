using System.Text.Json;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;

namespace Briefing.Bot.Tests.Discord;

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
}
