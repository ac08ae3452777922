using Briefing.Articles;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Short original argumentative articles written for these tests (fictional content).</summary>
public static class TestArticles
{
    public const string BridgesThesisWords = "repair budget";

    public static ArticleDraft Bridges { get; } = ArticleBuilder.Titled(
            "Bridges Before Ribbons",
            "The city should spend its repair budget on the bridges it already has before it cuts a single new ribbon. Maintenance is the cheapest infrastructure a council will ever buy.",
            "Every inspection report from the last five years shows the same pattern: small cracks left alone for one winter become closures the next spring. A deferred repair costs roughly four times as much once the damage spreads.",
            "New projects win votes because they come with ceremonies, while repairs happen at night and nobody photographs them. That bias is why the backlog keeps growing.",
            "Supporters of the new harbour crossing argue that growth in the east district needs fresh capacity, and that waiting will only raise construction prices. That concern is fair, but capacity is useless if the old spans are closed for emergency work.",
            "A simple rule would fix the incentive: no new bridge until the repair backlog falls below one year of the maintenance budget. Councils in other port towns have adopted such rules without stopping growth.")
        .At("https://example.test/opinion/bridges-before-ribbons").By("Mara Lindqvist").OnSite("The Harbor Review").Published(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)).FromOrigin("url").Draft();

    public static ArticleDraft Tides { get; } = ArticleBuilder.Titled(
            "Why Tide Gauges Deserve a Bigger Budget",
            "Coastal towns should fund more tide gauges, because flood planning without local measurements is guesswork.",
            "Regional models smooth over the bays and inlets where water actually rises fastest; a gauge costs less than one flooded basement per street.",
            "Critics say satellites already measure sea level well enough. Satellites are good at averages, yet a harbour floods at its worst hour, not its average one.")
        .At("https://example.test/analysis/tide-gauges").By("Oskar Ferreira").OnSite("Coastal Notes").Published(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero)).FromOrigin("url").Draft();

    /// <summary>Untrusted article text that tries to ping everyone; the bot must never let it.</summary>
    public static ArticleDraft Megaphone { get; } = ArticleBuilder.Titled(
            "A Letter About the Ferry Timetable @everyone",
            "@everyone the ferry timetable must return to half-hourly sailings, because commuters on the island have no other way to reach work.",
            "Hourly sailings push workers onto the first boat, which is already full by seven; @here is where the queue starts every morning.",
            "The operator says fuel prices forced the cut. Fuel matters, but an empty workforce on the island costs the region more than diesel.")
        .At("https://example.test/letters/megaphone").By("A. Reader").OnSite("Letters").Published(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero)).FromOrigin("url").Draft();

    /// <summary>Written to abuse Discord Markdown in every string the bot shows.</summary>
    public static ArticleDraft Hostile { get; } = ArticleBuilder.Titled(
            "# Harbour [Click here](https://evil.example/login) **now** ||spoiler|| <@123> `rm`",
            "**The harbour dredging** must go ahead this year, because the ||channel|| silts up faster than [the council](https://evil.example/c) admits.",
            "Ships already wait for the tide; <@&456> every delay costs the port its __ferry__ contracts and the town its jobs.",
            "Critics say the harbour dredging money belongs to schools. That is fair, but a closed port pays for no schools at all.")
        .At("https://example.test/hostile").By("[Author](https://evil.example/a)").OnSite("**Site**").Published(new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero)).FromOrigin("url").Draft();
}
