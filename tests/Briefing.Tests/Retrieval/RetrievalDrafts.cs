using Briefing.Articles;

namespace Briefing.Tests.Retrieval;

/// <summary>Original test articles for retrieval (written for these tests).</summary>
internal static class RetrievalDrafts
{
    public static ArticleDraft Draft(string slug, string title, string text, string site = "example.org", ulong? guildId = null) =>
        ArticleBuilder.Titled(title, text).At($"https://{site}/{slug}").InGuild(guildId).Draft();

    /// <summary>About North Korea's timing; shares no word with "Pyongyang diplomacy before the vote".</summary>
    public static ArticleDraft NorthKorea(string site = "example.org") => Draft(
        "statement", "Kim Yo Jong rules out negotiations for now",
        "The statement from North Korea rejects dialogue with Washington until after the American campaign ends.", site);

    public static ArticleDraft Orchards() => Draft(
        "orchards", "Orchards are quietly moving north",
        "Growers in the valley have planted apricots where only hardy apples grew a generation ago.");

    public static ArticleDraft Harbour() => Draft(
        "harbour", "Why the harbour expansion will strain the river towns",
        "The dredging plan moves silt upstream, and the river towns pay for the cleanup.");
}
