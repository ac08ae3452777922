using Briefing.Bot.DiscordTransport;
using Briefing.Discord.Limits;

namespace Briefing.Bot.Tests.DiscordTransport;

public sealed class DiscordGlueTests
{
    [Fact]
    public void The_command_catalogue_declares_valid_discord_commands_with_subcommands()
    {
        var commands = new DiscordCommandDeclarations().Build();

        SlashCommandValidator.Validate(commands);
        var summarize = Assert.Single(commands, c => c.Name == "summarize");
        Assert.Equal(["query", "file", "length"], summarize.Options.Select(o => o.Name));
        // Exactly one of query and file is needed, which Discord cannot declare: neither is required, the handler asks.
        Assert.All(summarize.Options, o => Assert.Null(o.Required));
        Assert.Equal(Briefing.Discord.Models.ApplicationCommandOptionType.Attachment, summarize.Options[1].Type);
        Assert.True(summarize.Options[0].Autocomplete);
        var digest = Assert.Single(commands, c => c.Name == "digest");
        Assert.Contains(digest.Options, o => o.Name == "subscribe" && o.Options!.Any(x => x.Name == "channel"));
    }

    [Theory]
    [InlineData("0123456789ABCDEF0123", 0, "0123456789ABCDEF0123")]
    [InlineData("0123456789ABCDEF0123", 1, "0123456789ABCDEF0123.2")]
    [InlineData("0123456789ABCDEF0123456789", 0, "0123456789ABCDEF012345678")]
    [InlineData("0123456789ABCDEF0123456789", 11, "0123456789ABCDEF012345.12")]
    public void Nonces_are_stable_per_part_and_never_longer_than_25(string nonce, int part, string expected)
    {
        var result = DiscordChannelPoster.NonceFor(nonce, part);

        Assert.Equal(expected, result);
        Assert.True(result!.Length <= DiscordChannelPoster.MaxNonceLength);
    }

    [Theory]
    [InlineData("<@1290000000000000001> what about costs?", "what about costs?")]
    [InlineData("and <@!1290000000000000001>, why?", "and , why?")]
    [InlineData("<@42> is not the bot", "<@42> is not the bot")]
    public void The_bot_mention_is_taken_out_of_the_question(string content, string expected) =>
        Assert.Equal(expected, ThreadMessageHandler.StripBotMention(content, 1290000000000000001));
}
