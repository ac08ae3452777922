using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Bot.Tests.Discord;

public sealed class BotReplyRendererTests
{
    [Fact]
    public void A_summary_card_becomes_one_embed_with_link_fields_footer_and_no_mentions()
    {
        var reply = new BotReply
        {
            Messages = [new ReplyMessage
            {
                Cards = [new ReplyCard
                {
                    Title = "Bridges Before Ribbons", Url = "https://example.test/a", Description = "**Thesis** Repair first.",
                    Fields = [new ReplyField("Key points", "¶2 \"small cracks\"")], Footer = "extractive",
                }],
            }],
        };

        var message = Assert.Single(BotReplyRenderer.Render(reply));

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("https://example.test/a", embed.Url);
        Assert.Equal("Key points", Assert.Single(embed.Fields!).Name);
        Assert.Equal("extractive", embed.Footer!.Text);
        Assert.Empty(message.AllowedMentions!.Parse);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Oversized_text_is_continued_not_cut_and_every_message_stays_within_limits()
    {
        var sentence = "Maintenance is the cheapest infrastructure a council will ever buy. ";
        var longText = string.Concat(Enumerable.Repeat(sentence, 150));
        var reply = new BotReply
        {
            Ephemeral = true,
            Messages = [new ReplyMessage
            {
                Content = longText,
                Cards = [new ReplyCard
                {
                    Title = "T", Description = longText,
                    Fields = [.. Enumerable.Range(1, 30).Select(i => new ReplyField($"Point {i}", string.Concat(Enumerable.Repeat(sentence, 20))))],
                }],
            }],
        };

        var messages = BotReplyRenderer.Render(reply);

        Assert.True(messages.Count > 3);
        Assert.All(messages, message =>
        {
            MessageLimits.Validate(message);
            Assert.Equal(MessagePayload.EphemeralFlag, message.Flags);
        });
        var fieldText = messages.SelectMany(m => m.Embeds ?? []).SelectMany(e => e.Fields ?? []).Sum(f => f.Value.Length);
        Assert.True(fieldText >= 30 * (sentence.Length * 20 - 40), "field values were truncated instead of continued");
        Assert.DoesNotContain(messages.SelectMany(m => m.Embeds ?? []).SelectMany(e => e.Fields ?? []), f => f.Value.EndsWith(TextTruncation.Ellipsis, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_url_is_left_off_the_embed_because_discord_only_links_http()
    {
        var reply = new BotReply { Messages = [new ReplyMessage { Cards = [new ReplyCard { Title = "Local", Url = "file:///tmp/a.md", Description = "x" }] }] };

        var embed = Assert.Single(Assert.Single(BotReplyRenderer.Render(reply)).Embeds!);

        Assert.Null(embed.Url);
        Assert.Equal("Local", embed.Title);
    }
}
