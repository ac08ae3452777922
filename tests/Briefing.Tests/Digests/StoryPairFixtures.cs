using Briefing.Articles;

namespace Briefing.Tests.Digests;

/// <summary>
/// Invented short articles (written for these tests, no real outlet's text) and labelled pairs: two reports of one event
/// (same story), two op-eds on one debate taking the same side (neither same story nor opposing), taking opposite sides
/// (opposing), and unrelated pieces. Every article appears in the background collection the similarity is computed on.
/// </summary>
internal static class StoryPairFixtures
{
    public static readonly IReadOnlyList<Article> Articles =
    [
        // Events, each reported by two outlets.
        A(1, "Rotterdam dockworkers end strike after wage deal", "Dockworkers at the port of Rotterdam returned to work on Tuesday after unions accepted a 6 percent wage rise. The eleven-day strike had left more than 40 container ships waiting off the Dutch coast."),
        A(2, "Port of Rotterdam reopens as union accepts pay offer", "The week-long standstill at Rotterdam's container terminals is over: the FNV union accepted a 6 percent pay rise, and cranes were moving again on Tuesday morning. Dozens of ships had queued at sea during the strike."),
        A(3, "Magnitude 6.1 earthquake shakes central Chile", "A magnitude 6.1 earthquake struck near Talca in central Chile late on Sunday, damaging old adobe houses and cutting power to 80,000 homes. No deaths were reported, the emergency office said."),
        A(4, "Chile quake near Talca leaves 80,000 homes without power", "Central Chile was shaken by a 6.1 magnitude tremor on Sunday night. The quake, centred near Talca, cracked adobe buildings and knocked out electricity for about 80,000 households; officials reported no fatalities."),
        A(5, "Hera probe arrives at asteroid Didymos", "The European Space Agency's Hera spacecraft entered orbit around the asteroid Didymos on Friday, two years after launch. It will map the crater left by NASA's DART impact in 2022."),
        A(6, "ESA's Hera reaches Didymos to study DART crater", "After a two-year cruise, ESA's Hera mission slipped into orbit around Didymos and its moonlet Dimorphos. Scientists will use its cameras to measure the crater NASA's DART probe carved in 2022."),
        A(7, "Lyon opens T10 tram line to the southern suburbs", "Lyon's new T10 tram line opened on Saturday, linking Gerland to Vénissieux in 18 minutes. The 7-kilometre line cost 240 million euros and expects 30,000 riders a day."),
        A(8, "T10 tram starts service between Gerland and Vénissieux", "Passengers took the first rides on the T10 on Saturday morning. The line runs seven kilometres from Gerland to Vénissieux, cost 240 million euros and should carry 30,000 people daily, the Lyon transit authority said."),
        A(9, "Wildfire forces 3,000 from homes in Catalonia", "A wildfire north of Girona has forced the evacuation of 3,000 residents, Catalan firefighters said on Monday. Strong tramontana winds pushed the flames across 4,500 hectares of forest."),
        A(10, "Girona fire: thousands evacuated as winds spread flames", "About 3,000 people left their homes near Girona as a forest fire burned through 4,500 hectares, fanned by the tramontana wind. Catalan firefighters deployed twelve water-bombing aircraft."),
        A(11, "Ghana's parliament passes data protection bill", "Ghana's parliament approved a data protection bill on Thursday that creates an independent regulator and fines of up to 2 percent of turnover. The bill now goes to the president for signature."),
        A(12, "Accra lawmakers approve new data protection regulator", "Lawmakers in Accra passed a bill setting up an independent data protection regulator with power to fine firms up to 2 percent of annual turnover. President's assent is expected within weeks."),
        A(13, "Veltrix recalls two million processors over overheating", "Chipmaker Veltrix is recalling two million of its V9 processors after reports that laptops overheated under heavy load. The company set aside 300 million dollars for replacements."),
        A(14, "Overheating V9 chips: Veltrix announces recall", "Veltrix said it would replace about two million V9 processors that can overheat in laptops during long workloads, booking a 300 million dollar charge for the recall."),
        A(15, "Floods in Sylhet displace 200,000 people", "Monsoon floods in Bangladesh's Sylhet division have displaced about 200,000 people, the disaster ministry said. Rivers rose above danger levels after a week of heavy rain."),
        A(16, "Bangladesh: Sylhet rivers burst banks, 200,000 displaced", "A week of monsoon rain pushed rivers in Sylhet above danger levels, flooding villages and driving roughly 200,000 people from their homes, according to Bangladesh's disaster management ministry."),

        // Debates: two pieces for, one against.
        A(20, "The four-day week works, and employers should adopt it", "Trials in 60 firms show the four-day week boosts productivity and helps staff stay. Employers should adopt it now."),
        A(21, "Why a four-day working week is good for business", "Companies that moved to a four-day week kept output steady and cut sick days. The shorter week is a sensible reform that pays for itself."),
        A(22, "The four-day week is a costly mistake", "The four-day week is a mistake for most firms: productivity gains in trials were overblown, and customers pay for the lost day. Employers should not adopt it."),
        A(23, "Raise the carbon tax to meet the climate target", "The carbon tax should rise to 150 euros a tonne. A higher carbon price is the cheapest way to cut emissions and meet the climate target."),
        A(24, "A higher carbon price is overdue", "Raising the carbon tax is overdue: every study of carbon pricing finds it cuts emissions at lower cost than subsidies. The government must increase it this year."),
        A(25, "Raising the carbon tax now would be reckless", "Raising the carbon tax now would be reckless: households already face high energy bills, and a higher carbon price hurts rural drivers most. The government should not increase it."),
        A(26, "Europe needs more nuclear power", "Europe should build more nuclear power plants. Nuclear reactors give steady low-carbon electricity that wind and solar cannot."),
        A(27, "New reactors are essential for a low-carbon grid", "New nuclear reactors are essential: a low-carbon grid needs firm power when the wind drops. Governments should keep and extend nuclear plants."),
        A(28, "Building new nuclear plants is a waste of money", "New nuclear power plants are a waste of money: reactors run years late and billions over budget. Europe should not build more of them."),
        A(29, "School phone bans work", "The school phone ban works: schools that banned smartphones report better attention in class and less bullying. Every school should ban phones."),
        A(30, "Banning smartphones in class helps pupils learn", "Pupils learn more when smartphones stay in lockers. A phone ban helps concentration, and teachers say it works."),
        A(31, "Phone bans in schools fail pupils", "School phone bans fail: the evidence that banning smartphones improves grades is weak, and bans push the problem outside the school gate. Schools should not ban phones."),
        A(32, "Rent control protects tenants and should expand", "Rent control protects tenants from sudden increases. Cities should expand rent control to keep families in their homes."),
        A(33, "Cities need stronger rent control", "Stronger rent control is necessary: rents rose 30 percent in five years, and tenants need protection from eviction by price. Cities must extend rent caps."),
        A(34, "Rent control is the wrong answer to high rents", "Rent control is wrong: it shrinks the supply of rental homes and leaves tenants worse off in the long run. Cities should not expand rent caps."),
        A(35, "Raise the minimum wage to 15 dollars", "Congress should raise the minimum wage to 15 dollars an hour. A higher minimum wage helps low-paid workers and boosts spending."),
        A(36, "A higher minimum wage pays off for workers", "Raising the minimum wage is good policy: studies of state increases find higher pay and little job loss. Lawmakers must increase it."),
        A(37, "A 15-dollar minimum wage would hurt the workers it targets", "A 15-dollar minimum wage would hurt low-paid workers: small employers would cut jobs and hours. Congress should not raise the minimum wage."),
        A(38, "London's congestion charge is a success", "The congestion charge works: traffic in central London fell by a fifth and buses run faster. Other cities should adopt a congestion charge."),
        A(39, "Congestion pricing has earned its place", "Congestion pricing is effective: fewer cars in the centre, cleaner air and faster buses. Cities should introduce a congestion charge."),
        A(40, "The congestion charge has failed London", "The congestion charge has failed: traffic is back to its old levels and the charge hurts small traders. Other cities should not adopt it."),
        A(41, "Remote work boosts productivity", "Remote work boosts productivity: staff working from home save commuting time and get more done. Firms should keep remote work."),
        A(42, "Working from home is good for companies", "Working from home is good for firms: productivity held up, and remote work helps companies hire. Employers should allow it."),
        A(43, "Remote work is hurting productivity", "Remote work hurts productivity: teams working from home collaborate less and train juniors badly. Firms should end remote work."),
        A(44, "Steel tariffs protect jobs", "Steel tariffs protect jobs: without them cheap imports would close our mills. The government should keep the tariffs."),
        A(45, "Keep the steel tariffs to save the mills", "The steel tariffs save jobs in mill towns and strengthen supply chains. Keeping the tariffs is necessary."),
        A(46, "Steel tariffs are a costly error", "Steel tariffs are a costly error: they raise prices for carmakers and builders and cost more jobs than they save. The government should scrap the tariffs."),
    ];

    public static readonly IReadOnlyList<StoryPair> Pairs = BuildPairs();

    private static List<StoryPair> BuildPairs()
    {
        var pairs = new List<StoryPair>();
        for (long id = 1; id <= 15; id += 2)
        {
            pairs.Add(new StoryPair(id, id + 1, SameStory: true, Opposing: false));
        }

        for (long pro = 20; pro <= 44; pro += 3)
        {
            pairs.Add(new StoryPair(pro, pro + 1, SameStory: false, Opposing: false));
            pairs.Add(new StoryPair(pro, pro + 2, SameStory: false, Opposing: true));
            pairs.Add(new StoryPair(pro + 1, pro + 2, SameStory: false, Opposing: true));
        }

        // Unrelated: an event and a debate, two debates, two events.
        long[][] unrelated = [[1, 20], [3, 23], [5, 26], [7, 40], [9, 13], [11, 35], [22, 31], [25, 43], [28, 37], [15, 46]];
        pairs.AddRange(unrelated.Select(p => new StoryPair(p[0], p[1], SameStory: false, Opposing: false)));
        return pairs;
    }

    public static Article Get(long id) => Articles.Single(a => a.Id == id);

    private static Article A(long id, string title, string body) =>
        ArticleBuilder.Titled(title, body).WithId(id).At($"https://fixtures.example/{id}").InLanguage("en").FromOrigin("url").Article();
}

/// <summary>Two fixture articles and what they are to each other.</summary>
internal sealed record StoryPair(long First, long Second, bool SameStory, bool Opposing);
