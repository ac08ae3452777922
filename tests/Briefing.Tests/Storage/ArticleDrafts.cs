using Briefing.Articles;

namespace Briefing.Tests.Storage;

/// <summary>Original test articles (written for these tests).</summary>
internal static class ArticleDrafts
{
    public static ArticleDraft Harbour(string url = "https://example.org/essays/harbour", ulong? guildId = null) => new()
    {
        Url = url,
        Title = "Why the harbour expansion will strain the river towns",
        Authors = ["Mara Ellison"],
        SiteName = "Example Review",
        PublishedAt = new DateTimeOffset(2026, 2, 27, 8, 30, 0, TimeSpan.Zero),
        Language = "en",
        Paragraphs =
        [
            "The port authority argues that deeper berths will bring freight and jobs to the coast.",
            "Yet the dredging plan moves silt upstream, and the river towns pay for the cleanup.",
            "Supporters reply that federal grants will cover the cost, but the grants expire in four years.",
        ],
        GuildId = guildId,
        Origin = "url",
    };

    public static ArticleDraft Orchards(string url = "https://example.org/essays/orchards", ulong? guildId = null) => new()
    {
        Url = url,
        Title = "Orchards are quietly moving north",
        Paragraphs =
        [
            "Growers in the valley have planted apricots where only hardy apples grew a generation ago.",
            "Warmer winters shorten the chill hours that cherries need, so some farms are switching crops.",
        ],
        GuildId = guildId,
        Origin = "feed:3",
    };

    public static ArticleDraft Numbered(int n, ulong? guildId = null) => new()
    {
        Url = $"https://example.net/notes/{n}",
        Title = $"Field note number {n}",
        Paragraphs = [$"Observation {n}: the tide gauge at station {n} read higher than the forecast."],
        GuildId = guildId,
        Origin = "file",
    };
}
