using Briefing.Articles;

namespace Briefing.Tests.Storage;

/// <summary>Original test articles (written for these tests).</summary>
internal static class ArticleDrafts
{
    public static ArticleDraft Harbour(string url = "https://example.org/essays/harbour", ulong? guildId = null) =>
        ArticleBuilder.Titled(
                "Why the harbour expansion will strain the river towns",
                "The port authority argues that deeper berths will bring freight and jobs to the coast.",
                "Yet the dredging plan moves silt upstream, and the river towns pay for the cleanup.",
                "Supporters reply that federal grants will cover the cost, but the grants expire in four years.")
            .At(url).By("Mara Ellison").OnSite("Example Review").Published(new DateTimeOffset(2026, 2, 27, 8, 30, 0, TimeSpan.Zero))
            .InLanguage("en").InGuild(guildId).FromOrigin("url").Draft();

    public static ArticleDraft Orchards(string url = "https://example.org/essays/orchards", ulong? guildId = null) =>
        ArticleBuilder.Titled(
                "Orchards are quietly moving north",
                "Growers in the valley have planted apricots where only hardy apples grew a generation ago.",
                "Warmer winters shorten the chill hours that cherries need, so some farms are switching crops.")
            .At(url).InGuild(guildId).FromOrigin("feed:3").Draft();

    public static ArticleDraft Numbered(int n, ulong? guildId = null) =>
        ArticleBuilder.Titled($"Field note number {n}", $"Observation {n}: the tide gauge at station {n} read higher than the forecast.")
            .At($"https://example.net/notes/{n}").InGuild(guildId).Draft();
}
