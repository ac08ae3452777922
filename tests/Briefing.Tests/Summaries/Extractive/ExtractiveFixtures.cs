using Briefing.Articles;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>Original articles written for these tests (no text from the evaluation corpora).</summary>
internal static class ExtractiveFixtures
{
    public static Article Make(string title, string? language, params string[] paragraphs) =>
        ArticleBuilder.Titled(title, paragraphs).WithId(7).At("https://example.org/analysis").By("Mara Lindqvist", "Tomas Reyes").OnSite("Example Review")
            .Published(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)).Fetched(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero))
            .InLanguage(language).WithHash("fixture").Article();

    /// <summary>An analysis whose opening is the news hook and whose closing paragraph states the real claim.</summary>
    public static Article ThesisAtTheEnd() => Make(
        "Pyongyang answers Seoul's offer with silence and a rocket",
        "en",
        "North Korea launched a short-range rocket into the sea on Tuesday, two days after Seoul offered new talks on family reunions.",
        "The launch was the third this month. State media described it as a routine test of an upgraded artillery system and made no mention of the offer.",
        "In Seoul the silence has been taken as a firm rejection of the talks. An equally plausible reading is that the North wants to see what the next American administration will offer before it commits to anything.",
        "The timing supports that reading. Washington's election is eight months away, and every past round of talks began only after a new team had settled in.",
        "Pyongyang has also avoided the steps that would close the door for good: it has not tested a long-range missile and it has kept the liaison telephone line open.",
        "In short, North Korea is playing out the clock, waiting for a better offer from a new government in Washington rather than rejecting diplomacy outright.");

    /// <summary>An op-ed whose claim sits in the middle, between background and evidence.</summary>
    public static Article ThesisMidArticle() => Make(
        "Night buses",
        "en",
        "The city council will vote next week on the transport budget for the coming year.",
        "For a decade the night bus network has been the first line to be trimmed whenever money is short. Routes were merged, timetables thinned and shelters left unlit.",
        "I argue that the council should double the night bus network, because shift workers depend on it more than any other group of passengers.",
        "Nurses, cleaners and bakers start or finish work when the trains have stopped. A survey by the workers' union found that two in three of its members take a night bus at least once a week.",
        "Doubling the network would cost less than the resurfacing of one ring road junction, which the same budget funds without debate.",
        "The vote will show whose journeys the council thinks matter.");

    /// <summary>An argument that states an opposing view and rebuts it.</summary>
    public static Article Rebuttal() => Make(
        "Should the village keep its library?",
        "en",
        "The village library should stay open, even if it costs the parish a little more each year.",
        "Critics argue that nobody needs a library now that every book can be bought online for a few pounds.",
        "That view forgets the people who use it most. Children come after school to do homework, and older residents come to read the papers and meet their neighbours.",
        "The library is also the only public building that is warm and open every afternoon in winter.",
        "Closing it would save less than one per cent of the parish budget, and the money would not come back once the room is let to a shop.");

    /// <summary>A five-sentence text in one paragraph.</summary>
    public static Article FiveSentences() => Make(
        "Rooftop gardens",
        null,
        "Cities should put gardens on the roofs of their public buildings. Green roofs cool the rooms beneath them in summer. They also hold back rain that would otherwise flood the drains. Bees and birds find food there in the middle of town. The cost is repaid within fifteen years through lower energy bills.");

    /// <summary>A picture-heavy story whose captions have no full stops.</summary>
    public static Article WithCaptions() => Make(
        "Harbour festival draws record crowds",
        "en",
        "Record crowds filled the harbour on Saturday for the first festival since the quay was rebuilt.\nOrganisers said more than forty thousand people came over the weekend, twice as many as last year.",
        "Fireworks over the new quay on Saturday night\nA child watches the tall ships arrive\nThe rebuilt fish market",
        "The festival returned after a four-year gap while the quay walls were repaired. Local traders said takings were the best they had seen in a decade.",
        "The council will decide in the autumn whether the festival becomes a yearly event.");

    /// <summary>A German text: the engine is language-agnostic apart from its English discourse cues.</summary>
    public static Article German() => Make(
        "Mehr Radwege für die Innenstadt",
        "de",
        "Die Stadt sollte in den nächsten Jahren deutlich mehr Radwege in der Innenstadt bauen.",
        "Immer mehr Menschen fahren mit dem Rad zur Arbeit. Auf den engen Straßen teilen sie sich die Fahrbahn mit Autos und Lieferwagen.",
        "Getrennte Radwege senken die Zahl der Unfälle deutlich. Das zeigen Erfahrungen aus Kopenhagen und Utrecht.",
        "Außerdem kosten Radwege viel weniger als neue Parkhäuser. Die Innenstadt würde ruhiger und sauberer.");

    public static IEnumerable<Article> All() =>
        [ThesisAtTheEnd(), ThesisMidArticle(), Rebuttal(), FiveSentences(), WithCaptions(), German(), LongReport.Generate(1500)];
}
