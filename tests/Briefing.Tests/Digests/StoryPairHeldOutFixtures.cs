using Briefing.Articles;

namespace Briefing.Tests.Digests;

/// <summary>
/// A second set of invented pairs, written after the method and its thresholds were fixed on <see cref="StoryPairFixtures"/>
/// and never used to tune them: its figures say how the method does on text it was not fitted to.
/// </summary>
internal static class StoryPairHeldOutFixtures
{
    public static readonly IReadOnlyList<Article> Articles =
    [
        A(101, "Tanker runs aground off Brittany coast", "The oil tanker Maren Star ran aground near the island of Ouessant early on Wednesday. French coastguards said no oil had leaked so far and the 22 crew members were safe."),
        A(102, "Coastguard monitors grounded tanker near Ouessant", "French authorities are watching the Maren Star, a tanker that struck rocks off Ouessant on Wednesday morning. All 22 sailors are unhurt and there is no sign of a spill, the maritime prefecture said."),
        A(103, "Skyline pilots strike, 400 flights cancelled", "Pilots at the budget airline Skyline walked out on Friday, forcing the cancellation of about 400 flights across Europe. The union wants a 9 percent raise."),
        A(104, "Skyline cancels hundreds of flights as pilots walk out", "Around 400 Skyline flights were cancelled on Friday when its pilots began a strike over pay. The pilots' union is demanding 9 percent more."),
        A(105, "Thieves take three paintings from Ghent museum", "Three Flemish paintings were stolen overnight from the Museum of Fine Arts in Ghent. Police said the thieves entered through a skylight."),
        A(106, "Ghent art theft: burglars came through the roof", "Burglars lowered themselves through a skylight of Ghent's Museum of Fine Arts and escaped with three Flemish masters, Belgian police said on Sunday."),
        A(107, "Bird flu found on Jutland poultry farm", "Danish authorities confirmed avian influenza at a poultry farm near Viborg in Jutland and ordered 30,000 hens culled."),
        A(108, "Denmark culls 30,000 hens after avian flu outbreak", "An outbreak of bird flu on a farm close to Viborg has led Denmark's food agency to order the culling of 30,000 laying hens."),

        A(110, "Europe should stop changing the clocks", "Changing the clocks twice a year disrupts sleep and brings no energy savings. Europe should abolish daylight saving time."),
        A(111, "It is time to scrap daylight saving time", "Scrapping the twice-yearly clock change is overdue: the promised energy savings never came, and the switch harms sleep and safety on the roads."),
        A(112, "Keep daylight saving time", "Daylight saving time is worth keeping: long summer evenings help shops, sport and tourism. Europe should keep changing the clocks."),
        A(113, "Primary schools should drop homework", "Homework in primary school does little for learning and eats into play and family time. Schools should drop it."),
        A(114, "Young children need less homework", "Young pupils gain almost nothing from homework, and it widens gaps between families. Primary schools should cut it."),
        A(115, "Homework still matters for young pupils", "Homework helps young pupils practise reading and builds habits they will need later. Primary schools should not drop it."),
        A(116, "A 30 km/h limit makes cities safer", "A 30 km/h speed limit in cities saves lives: crashes at lower speed are far less deadly. Every city should adopt it."),
        A(117, "Slower streets are better streets", "Lowering urban speed limits to 30 km/h works: cities that did so saw fewer deaths and less noise."),
        A(118, "A blanket 30 km/h limit is misguided", "A blanket 30 km/h limit is misguided: it slows buses and deliveries and brings little safety gain on main roads. Cities should not impose it everywhere."),
        A(119, "Tourist taxes protect crowded cities", "A tourist tax protects crowded cities: it pays for cleaning and housing and helps limit overtourism. More cities should introduce one."),
        A(120, "Why every busy city needs a tourist tax", "A tourist tax is a fair way to make visitors pay for the services they use. Busy cities need one."),
        A(121, "Tourist taxes hurt local businesses", "Tourist taxes hurt the hotels and restaurants that depend on visitors, and they do little to reduce crowds. Cities should scrap them."),
    ];

    public static readonly IReadOnlyList<StoryPair> Pairs =
    [
        new(101, 102, SameStory: true, Opposing: false),
        new(103, 104, SameStory: true, Opposing: false),
        new(105, 106, SameStory: true, Opposing: false),
        new(107, 108, SameStory: true, Opposing: false),
        .. Debate(110), .. Debate(113), .. Debate(116), .. Debate(119),
        new(101, 116, SameStory: false, Opposing: false),
        new(103, 119, SameStory: false, Opposing: false),
        new(105, 113, SameStory: false, Opposing: false),
        new(107, 110, SameStory: false, Opposing: false),
        new(112, 118, SameStory: false, Opposing: false),
        new(115, 121, SameStory: false, Opposing: false),
    ];

    public static Article Get(long id) => Articles.Single(a => a.Id == id);

    private static StoryPair[] Debate(long pro) =>
    [
        new(pro, pro + 1, SameStory: false, Opposing: false),
        new(pro, pro + 2, SameStory: false, Opposing: true),
        new(pro + 1, pro + 2, SameStory: false, Opposing: true),
    ];

    private static Article A(long id, string title, string body) =>
        ArticleBuilder.Titled(title, body).WithId(id).At($"https://held-out.example/{id}").InLanguage("en").FromOrigin("url").Article();
}
