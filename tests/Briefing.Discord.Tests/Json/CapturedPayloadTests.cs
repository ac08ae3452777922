using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Json;

/// <summary>Real, older captures (2017-2021) and docs examples: they lack newer fields and carry removed ones.</summary>
public sealed class CapturedPayloadTests
{
    [SkippableFact]
    public void Every_interaction_capture_parses_with_command_options_and_invoker()
    {
        foreach (var path in DiscordPayloadFolder.Files("INTERACTION_CREATE*.json"))
        {
            using var document = DiscordPayloadFolder.LoadData(path, out var data);
            var interaction = DiscordPayloadParser.ParseInteraction(data);

            Assert.NotEqual(0UL, interaction.Id);
            Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
            Assert.False(string.IsNullOrEmpty(interaction.Token));
            Assert.NotNull(interaction.GuildId);
            Assert.NotNull(interaction.EffectiveChannelId);
            Assert.NotNull(interaction.Invoker);
            Assert.NotNull(interaction.Member!.Permissions);
            var command = InvokedCommand.From(interaction)!;
            Assert.False(string.IsNullOrEmpty(command.Name));
            Assert.NotEmpty(command.Options);
            Assert.All(command.Options.Values, option => Assert.False(string.IsNullOrEmpty(option.ValueText)));
        }
    }

    [SkippableFact]
    public void The_captured_slash_command_resolves_users_members_roles_and_channels()
    {
        foreach (var path in DiscordPayloadFolder.Files("INTERACTION_CREATE.dispike-*.json"))
        {
            using var document = DiscordPayloadFolder.LoadData(path, out var data);
            var interaction = DiscordPayloadParser.ParseInteraction(data);
            var resolved = interaction.Data!.Resolved!;
            var command = InvokedCommand.From(interaction)!;

            foreach (var option in command.Options.Values)
            {
                var id = ulong.Parse(option.ValueText!, System.Globalization.CultureInfo.InvariantCulture);
                switch (option.Type)
                {
                    case ApplicationCommandOptionType.Channel:
                        Assert.Equal(ChannelType.GuildText, resolved.Channels![id].Type);
                        Assert.NotNull(resolved.Channels[id].Permissions);
                        break;
                    case ApplicationCommandOptionType.Role:
                        Assert.False(string.IsNullOrEmpty(resolved.Roles![id].Name));
                        break;
                    default:
                        Assert.Equal(ApplicationCommandOptionType.Mentionable, option.Type);
                        Assert.Equal(id, resolved.Users![id].Id);
                        Assert.NotNull(resolved.Members![id].Permissions);
                        break;
                }
            }
            Assert.Contains(resolved.Users!.Values, user => user.Bot);
            Assert.Null(interaction.AppPermissions); // newer than the capture
        }
    }

    [SkippableFact]
    public void Every_message_capture_parses_author_content_mentions_and_channel()
    {
        foreach (var path in DiscordPayloadFolder.Files("MESSAGE_CREATE*.json").Concat(DiscordPayloadFolder.Files("REST_POST_channel_messages_response*.json")))
        {
            using var document = DiscordPayloadFolder.LoadData(path, out var data);
            var message = DiscordPayloadParser.ParseMessage(data);

            Assert.NotEqual(0UL, message.Id);
            Assert.NotEqual(0UL, message.ChannelId);
            Assert.NotEqual(0UL, message.Author.Id);
            Assert.False(string.IsNullOrEmpty(message.Author.Username));
            Assert.False(message.Author.Bot);
            Assert.False(string.IsNullOrEmpty(message.Content));
            foreach (var mention in message.Mentions)
            {
                Assert.Contains($"<@{mention.Id}>", message.Content, StringComparison.Ordinal);
                Assert.True(message.MentionsUser(mention.Id));
            }
            Assert.Equal(data.TryGetProperty("guild_id", out _), message.GuildId is not null);
        }
    }

    [SkippableFact]
    public void Channel_and_thread_captures_parse_with_their_kind()
    {
        foreach (var path in DiscordPayloadFolder.Files("CHANNEL_CREATE*.json"))
        {
            using var document = DiscordPayloadFolder.LoadData(path, out var data);
            var channel = DiscordPayloadParser.ParseChannel(data);

            Assert.Equal(ChannelType.GuildText, channel.Type);
            Assert.NotNull(channel.GuildId);
            Assert.False(channel.IsThread);
        }
        foreach (var path in DiscordPayloadFolder.Files("THREAD_CREATE*.json"))
        {
            using var document = DiscordPayloadFolder.LoadData(path, out var data);
            var thread = DiscordPayloadParser.ParseChannel(data);

            Assert.True(thread.IsThread);
            Assert.NotNull(thread.ParentId);
            Assert.Contains(thread.ThreadMetadata!.AutoArchiveDuration, new[] { 60, 1440, 4320, 10080 });
        }
    }

    [SkippableFact]
    public void Guild_capture_parses_roles_with_numeric_permissions_and_its_channels()
    {
        foreach (var path in DiscordPayloadFolder.Files("GUILD_CREATE*.json"))
        {
            using var document = DiscordPayloadFolder.LoadData(path, out var data);
            var guild = DiscordPayloadParser.ParseGuild(data);

            Assert.NotEqual(0UL, guild.Id);
            Assert.False(string.IsNullOrEmpty(guild.Name));
            Assert.NotEmpty(guild.Roles);
            Assert.Contains(guild.Roles, role => role.Id == guild.Id && role.Permissions != 0); // @everyone shares the guild id
            Assert.Contains(guild.Channels, channel => channel.Type == ChannelType.GuildText);
            Assert.Contains(guild.Channels, channel => channel.Type == ChannelType.GuildCategory);
        }
    }
}
