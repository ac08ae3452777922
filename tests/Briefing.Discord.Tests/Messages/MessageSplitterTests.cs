using Briefing.Discord.Limits;
using Briefing.Discord.Messages;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Messages;

public sealed class MessageSplitterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Long_text_becomes_embed_messages_within_every_limit(int seed)
    {
        var text = MarkdownTextGenerator.Generate(seed, 70_000);

        var messages = MessageSplitter.ToEmbedMessages(text, title: "A long report on trade", url: "https://example.org/report");

        Assert.True(messages.Count > 1);
        Assert.All(messages, message =>
        {
            MessageLimits.Validate(message);
            Assert.InRange(message.Embeds!.Count, 1, MessageLimits.EmbedsPerMessage);
            Assert.True(message.Embeds.Sum(embed => embed.TextLength) <= MessageLimits.EmbedTotal);
            Assert.Empty(message.AllowedMentions!.Parse);
        });
        Assert.Equal("A long report on trade", messages[0].Embeds![0].Title);
        Assert.Single(messages.SelectMany(message => message.Embeds!), embed => embed.Title is not null);
    }

    [Fact]
    public void Long_text_becomes_content_messages_of_at_most_2000()
    {
        var messages = MessageSplitter.ToContentMessages(MarkdownTextGenerator.Generate(4, 9000));

        Assert.True(messages.Count >= 5);
        Assert.All(messages, message =>
        {
            Assert.InRange(message.Content!.Length, 1, MessageLimits.Content);
            Assert.Same(AllowedMentions.None, message.AllowedMentions);
        });
    }

    [Fact]
    public void Packing_starts_a_new_message_at_ten_embeds_or_6000_characters()
    {
        var small = Enumerable.Range(0, 23).Select(i => new Embed { Title = $"Item {i}" });
        var large = Enumerable.Range(0, 3).Select(_ => new Embed { Description = new string('d', 2500) });

        Assert.Equal([10, 10, 3], MessageSplitter.PackEmbeds(small).Select(message => message.Embeds!.Count));
        Assert.Equal([2, 1], MessageSplitter.PackEmbeds(large).Select(message => message.Embeds!.Count));
    }
}
