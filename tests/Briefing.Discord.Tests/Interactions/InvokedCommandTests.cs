using System.Text.Json;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Interactions;

public sealed class InvokedCommandTests
{
    // Hand-written in the current (v10) shape: channel object with thread metadata, app_permissions, nested group.
    private const string NestedCommand = """
    {
      "id": "1300000000000000500", "application_id": "1290000000000000001", "type": 2, "token": "tok", "version": 1,
      "guild_id": "1290000000000000100", "app_permissions": "2251799813685247", "locale": "en-GB",
      "channel": {"id": "1300000000000000600", "type": 11, "parent_id": "1290000000000000200", "guild_id": "1290000000000000100",
                  "name": "Argument: trade", "thread_metadata": {"archived": false, "auto_archive_duration": 1440, "locked": false}},
      "channel_id": "1300000000000000600",
      "member": {"user": {"id": "1290000000000000300", "username": "reader", "global_name": "A Reader"}, "roles": [], "permissions": "32"},
      "data": {"id": "1300000000000000700", "name": "digest", "type": 1,
               "options": [{"name": "feeds", "type": 2, "options": [{"name": "add", "type": 1, "options": [
                 {"name": "url", "type": 3, "value": "https://example.org/feed.xml"},
                 {"name": "hour", "type": 4, "value": 7},
                 {"name": "weekly", "type": 5, "value": true},
                 {"name": "channel", "type": 7, "value": "1290000000000000200"}]}]}],
               "resolved": {"channels": {"1290000000000000200": {"id": "1290000000000000200", "type": 0, "name": "briefings", "permissions": "3072"}}}},
      "entitlements": [], "authorizing_integration_owners": {"0": "1290000000000000100"}, "context": 0
    }
    """;

    [Fact]
    public void Nested_groups_and_subcommands_flatten_to_leaf_options()
    {
        using var document = JsonDocument.Parse(NestedCommand);
        var interaction = DiscordPayloadParser.ParseInteraction(document.RootElement);

        var command = InvokedCommand.From(interaction)!;

        Assert.Equal(("digest", "feeds", "add"), (command.Name, command.SubcommandGroup, command.Subcommand));
        Assert.Equal("https://example.org/feed.xml", command.Option("url"));
        Assert.Equal("7", command.Option("hour"));
        Assert.Equal("true", command.Option("weekly"));
        Assert.Null(command.Option("missing"));
        var channelId = ulong.Parse(command.Option("channel")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("briefings", interaction.Data!.Resolved!.Channels![channelId].Name);
    }

    [Fact]
    public void Thread_context_permissions_and_invoker_are_read()
    {
        using var document = JsonDocument.Parse(NestedCommand);
        var interaction = DiscordPayloadParser.ParseInteraction(document.RootElement);

        Assert.True(interaction.IsInThread);
        Assert.Equal(1290000000000000200UL, interaction.Channel!.ParentId);
        Assert.Equal("A Reader", interaction.Invoker!.DisplayName);
        Assert.True(DiscordPermissions.Has(interaction.Member!.Permissions, DiscordPermissions.ManageGuild));
        Assert.True(DiscordPermissions.Has(interaction.AppPermissions, DiscordPermissions.SendMessagesInThreads));
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
    }

    [Fact]
    public void Components_and_modal_submits_parse_their_custom_ids_and_values()
    {
        using var component = JsonDocument.Parse("""
            {"id":"1","application_id":"2","type":3,"token":"t","channel_id":"3",
             "message":{"id":"4","channel_id":"3","author":{"id":"2","username":"Briefing","bot":true},"content":"page 1"},
             "data":{"custom_id":"next-page","component_type":2}}
            """);
        using var modal = JsonDocument.Parse("""
            {"id":"1","application_id":"2","type":5,"token":"t","user":{"id":"9","username":"dm-user"},
             "data":{"custom_id":"ask","components":[{"type":1,"components":[{"type":4,"custom_id":"question","value":"Why now?"}]}]}}
            """);

        var click = DiscordPayloadParser.ParseInteraction(component.RootElement);
        var submit = DiscordPayloadParser.ParseInteraction(modal.RootElement);

        Assert.Equal(("next-page", 4UL), (click.Data!.CustomId, click.Message!.Id));
        Assert.Null(InvokedCommand.From(click));
        Assert.Equal(InteractionType.ModalSubmit, submit.Type);
        Assert.Equal("Why now?", submit.Data!.Components![0].Components![0].Value);
        Assert.Equal("dm-user", submit.Invoker!.Username);
        Assert.Null(submit.GuildId);
    }

    [Fact]
    public void A_ping_parses()
    {
        using var ping = JsonDocument.Parse("""{"id":"1","application_id":"2","type":1,"token":"t","version":1}""");

        Assert.Equal(InteractionType.Ping, DiscordPayloadParser.ParseInteraction(ping.RootElement).Type);
    }

    [Fact]
    public void A_repeated_option_name_keeps_the_first_value_instead_of_failing()
    {
        using var document = JsonDocument.Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","data":{"id":"3","name":"summarize","type":1,
             "options":[{"name":"query","type":3,"value":"tides"},{"name":"query","type":3,"value":"ferries"}]}}
            """);

        var command = InvokedCommand.From(DiscordPayloadParser.ParseInteraction(document.RootElement))!;

        Assert.Equal("tides", command.Option("query"));
    }
}
