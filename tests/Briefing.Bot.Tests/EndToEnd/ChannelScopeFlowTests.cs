using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Digests;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Seen from Discord: a channel option is checked with Discord's own channel object before any digest is touched.</summary>
public sealed class ChannelScopeFlowTests : FakeDiscordTest
{
    private const ulong ElsewhereChannel = 1300000000000009999;

    [Fact]
    public async Task Subscribing_a_channel_Discord_does_not_place_in_this_server_is_refused_and_nothing_is_stored()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var subscribe = new FakeSlashCommand("digest", "subscribe", ("channel", 7, ElsewhereChannel.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Permissions = FakeSlashCommand.MemberPermissions | FakeSlashCommand.ManageGuild,
        };

        var interaction = await DiscordServer.SendCommandAsync(subscribe, CancellationToken.None);
        var reply = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);

        Assert.Contains(DiscordServer.Requests, r => r.Method == "GET" && r.Path == $"/channels/{ElsewhereChannel}" && r.Status == 404);
        Assert.Equal("That channel is not in this server. Pick one of this server's channels.", DiscordBodies.VisibleText(reply.Body));
        Assert.True(interaction.Ephemeral);
        Assert.Null(await bot.Service<IDigestSubscriptionStore>().GetAsync(ElsewhereChannel, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribing_a_channel_of_this_server_asks_Discord_and_goes_through()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var thread = DiscordServer.World.CreateThread(FakeDiscordIds.Channel, null, "digest here")!;
        var threadId = (string)thread["id"]!;
        var subscribe = new FakeSlashCommand("digest", "subscribe", ("channel", 7, threadId))
        {
            Permissions = FakeSlashCommand.MemberPermissions | FakeSlashCommand.ManageGuild,
        };

        var interaction = await DiscordServer.SendCommandAsync(subscribe, CancellationToken.None);
        var reply = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);

        Assert.Contains(DiscordServer.Requests, r => r.Method == "GET" && r.Path == $"/channels/{threadId}" && r.Status == 200);
        Assert.StartsWith("Subscribed", DiscordBodies.VisibleText(reply.Body), StringComparison.Ordinal);
        Assert.Equal(FakeDiscordIds.Guild, (await bot.Service<IDigestSubscriptionStore>().GetAsync(ulong.Parse(threadId, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None))!.GuildId);
    }
}
