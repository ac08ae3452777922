using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Commands;

public sealed class PastedTextTests
{
    private const string Paragraph =
        "Night buses are the cheapest safety policy a city can buy, and cutting them will cost more in taxis, injuries and lost shifts than it saves. "
        + "A route that runs half empty still carries the cleaners, nurses and kitchen staff who keep the day city working, "
        + "and the savings from cutting it are smaller than they look";

    [Theory]
    [InlineData("north korea statement")]
    [InlineData("Why the U.S. tariff plan fails")]
    [InlineData("#12")]
    [InlineData("bridges. repair. budget.")]
    [InlineData("https://example.test/opinion/a-very-long-address-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on")]
    public void Search_words_titles_ids_and_links_are_not_pasted_text(string query) =>
        Assert.False(PastedText.IsPastedText(query));

    [Fact]
    public void Several_sentences_of_prose_are_pasted_text_even_when_short() =>
        Assert.True(PastedText.IsPastedText("Cities should tax cars that enter the centre. The money would pay for buses every ten minutes. Shops would gain customers who now stay away."));

    [Fact]
    public void Anything_as_long_as_a_paragraph_is_pasted_text()
    {
        Assert.True(Paragraph.Length > PastedText.MinLength);
        Assert.True(PastedText.IsPastedText(Paragraph));
        Assert.True(PastedText.IsPastedText(Paragraph.Replace(".", "", StringComparison.Ordinal)));
    }
}
