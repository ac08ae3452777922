using System.Text.RegularExpressions;
using Briefing.Discord.Limits;
using Briefing.Discord.Messages;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Messages;

public sealed partial class EmbedComposerTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void A_card_of_any_size_becomes_valid_embeds_and_messages_without_losing_text(int seed)
    {
        var random = new Random(seed);
        var description = MarkdownTextGenerator.Generate(seed, 11_000);
        var fields = Enumerable.Range(0, 40)
            .Select(i => new EmbedField { Name = $"Point {i}", Value = MarkdownTextGenerator.Generate(seed * 100 + i, random.Next(20, 3000)) })
            .ToArray();

        var embeds = EmbedComposer.Compose("The thesis", "https://example.org/article", description, fields, "Source: example.org, paragraphs 1-40");
        var messages = MessageSplitter.PackEmbeds(embeds);

        Assert.All(embeds, MessageLimits.ValidateEmbed);
        Assert.All(messages, MessageLimits.Validate);
        Assert.Equal("The thesis", embeds[0].Title);
        Assert.Equal("https://example.org/article", embeds[0].Url);
        Assert.Equal("Source: example.org, paragraphs 1-40", embeds[^1].Footer!.Text);
        Assert.Equal(NonSpace(description), NonSpace(string.Join('\n', embeds.Select(embed => embed.Description ?? ""))));
        var allFields = embeds.SelectMany(embed => embed.Fields ?? []).ToArray();
        for (var i = 0; i < fields.Length; i++)
        {
            var parts = allFields.Where(field => field.Name == $"Point {i}" || field.Name == $"Point {i} (cont.)").ToArray();
            Assert.Equal($"Point {i}", parts[0].Name);
            Assert.Equal(NonSpace(fields[i].Value), NonSpace(string.Join('\n', parts.Select(part => part.Value))));
        }
    }

    [Fact]
    public void A_small_card_is_one_embed()
    {
        var embeds = EmbedComposer.Compose("Title", null, "Body.", [new EmbedField { Name = "Thesis", Value = "Claim." }], "footer", color: 0x3366CC);

        var embed = Assert.Single(embeds);
        Assert.Equal(("Title", "Body.", "Thesis", "footer", 0x3366CC), (embed.Title, embed.Description, embed.Fields![0].Name, embed.Footer!.Text, embed.Color!.Value));
    }

    private static string NonSpace(string text) => Whitespace().Replace(FenceWithLanguage().Replace(text, ""), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"```[\w+#.-]*")]
    private static partial Regex FenceWithLanguage();
}
