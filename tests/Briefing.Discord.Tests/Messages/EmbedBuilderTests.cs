using Briefing.Discord.Limits;
using Briefing.Discord.Messages;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Messages;

public sealed class EmbedBuilderTests
{
    [Fact]
    public void Over_long_texts_are_truncated_with_an_ellipsis_at_each_limit()
    {
        var embed = new EmbedBuilder()
            .WithTitle("North Korea " + new string('t', 400))
            .WithDescription(string.Join(' ', Enumerable.Repeat("evidence", 700)))
            .Build();
        var details = new EmbedBuilder()
            .WithFooter(new string('f', 3000))
            .WithAuthor(new string('a', 300))
            .AddField(new string('n', 300), new string('v', 2000))
            .Build();

        Assert.Equal(MessageLimits.EmbedTitle, embed.Title!.Length);
        Assert.EndsWith("…", embed.Title);
        Assert.True(embed.Description!.Length <= MessageLimits.EmbedDescription);
        Assert.EndsWith("evidence…", embed.Description);
        Assert.Equal(MessageLimits.EmbedFooter, details.Footer!.Text.Length);
        Assert.Equal(MessageLimits.EmbedAuthorName, details.Author!.Name.Length);
        Assert.Equal((MessageLimits.EmbedFieldName, MessageLimits.EmbedFieldValue), (details.Fields![0].Name.Length, details.Fields[0].Value.Length));
        MessageLimits.ValidateEmbed(embed);
        MessageLimits.ValidateEmbed(details);
    }

    [Fact]
    public void Truncation_never_splits_an_emoji()
    {
        var embed = new EmbedBuilder().WithTitle(string.Concat(Enumerable.Repeat("📰", 200))).Build();

        Assert.False(char.IsHighSurrogate(embed.Title![^2]));
        Assert.EndsWith("📰…", embed.Title);
    }

    [Fact]
    public void A_26th_field_throws()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < MessageLimits.EmbedFields; i++)
        {
            builder.AddField($"Point {i}", "value");
        }

        Assert.Throws<InvalidOperationException>(() => builder.AddField("one more", "value"));
    }

    [Fact]
    public void More_than_6000_characters_in_total_throws_at_build()
    {
        var builder = new EmbedBuilder().WithDescription(new string('d', 4096));
        builder.AddField("a", new string('v', 1024)).AddField("b", new string('v', 1024));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("6000", error.Message);
    }

    [Fact]
    public void Blank_fields_and_non_http_urls_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().AddField(" ", "value"));
        Assert.Throws<ArgumentException>(() => new EmbedBuilder().WithUrl("javascript:alert(1)"));
        Assert.Equal("https://example.org/a", new EmbedBuilder().WithTitle("t").WithUrl("https://example.org/a").Build().Url);
    }

    [Fact]
    public void Text_length_counts_what_discord_counts()
    {
        var embed = new Embed
        {
            Title = "abc",
            Description = "de",
            Footer = new EmbedFooter { Text = "f" },
            Author = new EmbedAuthor { Name = "gh" },
            Fields = [new EmbedField { Name = "i", Value = "jk" }],
            Url = "https://not-counted.example",
        };

        Assert.Equal(11, embed.TextLength);
    }
}
