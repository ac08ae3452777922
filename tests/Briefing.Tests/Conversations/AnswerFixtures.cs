using Briefing.Articles;
using Briefing.Feeds;
using Briefing.Tests.Summaries;

namespace Briefing.Tests.Conversations;

/// <summary>Original argumentative articles written for the answerer's tests: names, dates, figures, reasons and forecasts.</summary>
internal static class AnswerFixtures
{
    public static Article Tram { get; } = TestArticles.Make(101, "The tram should reach the airport before the new terminal opens", "hash-tram",
        "In March the transport authority shelved its plan to extend the Line 4 tram to Kestrel Field airport, citing a budget gap of 38 million. The decision surprised councillors who had approved the route two years earlier.",
        "The authority's chair, Ilse Vardeman, argues that buses can carry the extra travellers for now. Express buses already run every twelve minutes, and they cost a fraction of new track.",
        "That reasoning ignores who will use the terminal. The airport expects 4.5 million more passengers a year once the east terminal opens in 2029, and most of them will arrive with luggage that does not fit comfortably on a crowded bus.",
        "Delay is also expensive. Since the route was approved, the estimated cost per kilometre has risen by a quarter, so every year of waiting makes the same line harder to afford.",
        "Supporters of the pause point out that the airport's growth forecasts have been wrong before. That is true, and the authority should build the line in stages that can stop at the business park if traffic disappoints.",
        "The tram will outlast any forecast. If the authority restarts the project this year, trains could reach the terminal within three years of it opening; if it waits, travellers will spend the next decade in traffic.");

    public static Article SchoolWeek { get; } = TestArticles.Make(102, "A four-day school week saves less than it promises", "hash-school-week",
        "Twelve rural districts in the Harrow Plains region switched to a four-day school week last autumn, hoping to cut costs and attract teachers.",
        "The savings have been modest. Districts spent about 2 percent less on transport and heating, far below the 10 percent their boards had projected.",
        "Recruitment did improve. Principal Tomas Okafor says applications for teaching posts at his school doubled after the change, because a long weekend is a benefit that poorer districts can offer without raising pay.",
        "The burden falls on families. Parents who work on Fridays now pay for childcare, and pupils from low-income homes lose a day of free school meals.",
        "Early test results are mixed: reading scores held steady, while maths scores fell slightly in the first year.",
        "Districts should keep the shorter week only where they fund a Friday programme of meals and supervised study. Without it, the reform will quietly shift the school budget onto the households least able to carry it.");

    public static Article Oysters { get; } = TestArticles.Make(103, "Let the bay's oyster beds recover", "hash-oysters",
        "The oyster beds of Marrow Bay produced 900 tonnes in 2015. Last season they yielded barely 200.",
        "Fishers blame the warm summers, and heat does stress young oysters. But surveys by the regional marine institute show the steepest losses where dredging is heaviest, since dredges tear up the shell reefs that young oysters settle on.",
        "The fishing cooperative proposes a quota cut of ten percent. That would leave dredging pressure almost unchanged on the most damaged beds.",
        "A better plan is to close the three worst beds entirely for five years while keeping the others open. Closed beds in a neighbouring estuary recovered half their former density within four seasons.",
        "Closures hurt the boats that depend on those beds, and the cooperative is right that compensation must come with them. The regional fund for coastal jobs could cover it.",
        "If the bay is fished as it is now, there may be no commercial harvest left to argue about by the end of the decade.");

    /// <summary>Written after the answerer was tuned on the rows above it, to see whether the method carries over.</summary>
    public static Article NightTrains { get; } = TestArticles.Make(104, "Night trains deserve a second chance", "hash-night-trains",
        "Europe's night trains were written off a decade ago, when cheap flights emptied their sleeping cars. Since 2021, six new routes have opened between Vienna, Brussels and Stockholm.",
        "Operators say demand is strong: the Vienna to Brussels service sold out most weekends last summer. Travellers choose it because it saves a hotel night and arrives in the city centre.",
        "Yet the trains lose money. Track access fees in some countries charge a night train as much as a fast daytime service, and old sleeping cars break down often.",
        "Governments could fix the fees quickly. Lowering them at night, when the tracks are mostly empty, would cost treasuries little.",
        "Sceptics argue that rail subsidies should go to commuters first. That is fair, but a night train that replaces a short flight also cuts emissions that commuters breathe.",
        "Unless fees fall within the next two years, operators will cancel routes again, and the revival will end as quietly as it began.");

    /// <summary>One row of the question table: the sources in order and the (article, ¶) that answers it, or null when nothing does.</summary>
    public sealed record Row(string Question, Article[] Sources, long? ArticleId, int? Paragraph)
    {
        public bool Answerable => Paragraph is not null;

        public override string ToString() => Question;
    }

    public static IReadOnlyList<Row> Table { get; } =
    [
        Answer("Why did the transport authority shelve the tram extension?", Tram, 1),
        Answer("Who is the chair of the transport authority?", Tram, 2),
        Answer("How often do the express buses run?", Tram, 2),
        Answer("Why is delaying the tram so costly?", Tram, 4),
        Answer("How many more passengers does the airport expect?", Tram, 3),
        Answer("When does the east terminal open?", Tram, 3),
        Answer("What does the author think will happen if the authority waits?", Tram, 6),
        Answer("What do supporters of the pause say?", Tram, 5),
        Answer("What does the author think will happen next?", Tram, 6),
        Answer("How much did the districts save?", SchoolWeek, 2),
        Answer("Why did applications for teaching posts double?", SchoolWeek, 3),
        Answer("Who pays for the change?", SchoolWeek, 4),
        Answer("What happened to maths scores?", SchoolWeek, 5),
        Answer("What does the author recommend?", SchoolWeek, 6),
        Answer("When did the districts switch to a four-day week?", SchoolWeek, 1),
        Answer("Why is recruitment important?", SchoolWeek, 3),
        Answer("Why are the oyster beds declining?", Oysters, 2),
        Answer("What does the fishing cooperative propose?", Oysters, 3),
        Answer("How long should the worst beds be closed?", Oysters, 4),
        Answer("Who should pay compensation to the boats?", Oysters, 5),
        Answer("What will happen if the bay is fished as it is now?", Oysters, 6),
        Answer("How much did the beds produce in 2015?", Oysters, 1),
        Answer("What does the author think will happen next?", Oysters, 6),
        Answer("Why is dredging important?", Oysters, 2),
        Answer("Why do the meals matter so much?", SchoolWeek, 4),
        Answer("What is likely to happen to the cost of the line?", Tram, 4),
        Answer("What does the author expect to happen next?", SchoolWeek, 6),
        Answer("Who thinks buses are enough?", Tram, 2),
        Answer("When could the closed beds recover?", Oysters, 4),
        new("Why did applications for teaching posts double?", [Tram, SchoolWeek], SchoolWeek.Id, 3),
        new("How long should the worst beds be closed?", [SchoolWeek, Oysters, Tram], Oysters.Id, 4),
        Answer("How many new routes have opened since 2021?", NightTrains, 1),
        Answer("Why do travellers choose the night train?", NightTrains, 2),
        Answer("Why do the trains lose money?", NightTrains, 3),
        Answer("What could governments do about the fees?", NightTrains, 4),
        Answer("What do sceptics argue?", NightTrains, 5),
        Answer("What will happen if fees stay high?", NightTrains, 6),
        Answer("When were night trains written off?", NightTrains, 1),
        NotAnswered("How much does a sleeper ticket cost?", NightTrains),
        NotAnswered("Who is the chief executive of the operator?", NightTrains),
        NotAnswered("What food is served on board?", NightTrains),
        NotAnswered("Who won the football match?", Tram),
        NotAnswered("What colour are the new trams?", Tram),
        NotAnswered("What did the mayor say about cycling lanes?", Tram),
        NotAnswered("How much does airport parking cost?", Tram),
        NotAnswered("Who won the football match?", SchoolWeek),
        NotAnswered("What do teachers' unions think of the reform?", SchoolWeek),
        NotAnswered("How many pupils attend the districts' schools?", SchoolWeek),
        NotAnswered("What is the price of oysters in restaurants?", Oysters),
        NotAnswered("When was the marine institute founded?", Oysters),
        NotAnswered("Who won the football match?", Oysters),
        NotAnswered("What does the author say?", Oysters),
        NotAnswered("Why is the weather important?", Oysters),
        NotAnswered("Who will operate the new trains?", Tram),
        NotAnswered("How many fishers work in the bay?", Oysters),
        NotAnswered("What will happen to the football league next season?", Tram, SchoolWeek, Oysters),
    ];

    private static Row Answer(string question, Article article, int paragraph) => new(question, [article], article.Id, paragraph);

    private static Row NotAnswered(string question, params Article[] sources) => new(question, sources, null, null);
}
