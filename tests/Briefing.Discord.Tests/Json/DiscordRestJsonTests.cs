using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Json;

public sealed class DiscordRestJsonTests
{
    [Theory]
    [InlineData("\"18446744073709551615\"", ulong.MaxValue)]
    [InlineData("\"1290000000000000100\"", 1290000000000000100UL)]
    [InlineData("372624976", 372624976UL)]
    public void Snowflakes_and_permissions_read_from_strings_or_numbers(string json, ulong expected)
    {
        var role = JsonSerializer.Deserialize($$"""{"id":{{json}},"permissions":{{json}}}""", DiscordJsonContext.Default.DiscordRole)!;

        Assert.Equal((expected, expected), (role.Id, role.Permissions));
    }

    [Theory]
    [InlineData("\"12a\"")]
    [InlineData("\"-1\"")]
    [InlineData("true")]
    public void A_malformed_snowflake_is_a_json_error(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"id":{{json}}}""", DiscordJsonContext.Default.DiscordUser));

    [Fact]
    public void Snowflakes_are_written_as_strings_and_nulls_are_left_out()
    {
        var json = JsonSerializer.Serialize(new MessagePayload
        {
            Content = "hi",
            MessageReference = new MessageReference { MessageId = ulong.MaxValue },
        }, DiscordJsonContext.Default.MessagePayload);

        Assert.Equal("""{"content":"hi","allowed_mentions":{"parse":[]},"message_reference":{"message_id":"18446744073709551615"}}""", json);
    }

    [Fact]
    public void Commands_serialize_in_discords_shape()
    {
        IReadOnlyList<SlashCommand> commands =
        [
            new SlashCommand
            {
                Name = "digest",
                Description = "Digest settings",
                DefaultMemberPermissions = DiscordPermissions.ManageGuild,
                Options = [new SlashCommandOption { Name = "channel", Description = "Where", Type = ApplicationCommandOptionType.Channel, Required = true, ChannelTypes = [ChannelType.GuildText] }],
            },
        ];

        var json = JsonSerializer.Serialize(commands, DiscordJsonContext.Default.IReadOnlyListSlashCommand);

        Assert.Equal("""[{"name":"digest","description":"Digest settings","type":1,"options":[{"type":7,"name":"channel","description":"Where","required":true,"channel_types":[0]}],"default_member_permissions":"32"}]""", json);
    }

    [Fact]
    public void Unknown_fields_are_ignored_and_missing_ones_keep_defaults()
    {
        var message = JsonSerializer.Deserialize("""
            {"id":"5","channel_id":"6","content":"x","brand_new_field":{"deep":[1,2,3]},"poll":null,"nonce":1234567890123}
            """, DiscordJsonContext.Default.DiscordMessage)!;

        Assert.Equal((5UL, 6UL, "x"), (message.Id, message.ChannelId, message.Content));
        Assert.Equal("1234567890123", message.Nonce);
        Assert.Empty(message.Mentions);
        Assert.Equal(0UL, message.Author.Id);
        Assert.Null(message.GuildId);
    }

    [Fact]
    public void A_non_object_payload_is_refused_with_a_json_error()
    {
        using var document = JsonDocument.Parse("[1,2]");

        Assert.Throws<JsonException>(() => DiscordPayloadParser.ParseInteraction(document.RootElement));
    }

    [Fact]
    public void Message_create_with_a_reply_reference_and_bot_author_parses()
    {
        using var document = JsonDocument.Parse("""
            {"id":"1300000000000000800","channel_id":"1300000000000000600","guild_id":"1290000000000000100",
             "author":{"id":"1290000000000000300","username":"reader","global_name":null},
             "content":"<@1290000000000000001> why does the author doubt sanctions?",
             "mentions":[{"id":"1290000000000000001","username":"Briefing","bot":true}],
             "message_reference":{"message_id":"1300000000000000700","channel_id":"1300000000000000600","type":0}}
            """);

        var message = DiscordPayloadParser.ParseMessage(document.RootElement);

        Assert.True(message.MentionsUser(1290000000000000001));
        Assert.Equal(1300000000000000700UL, message.MessageReference!.MessageId);
        Assert.Equal("reader", message.Author.DisplayName);
    }
}
