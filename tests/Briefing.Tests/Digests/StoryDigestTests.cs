using Briefing.Digests;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

/// <summary>Composing a digest folds reports of one story into one entry and names a piece that argues the other side.</summary>
public sealed class StoryDigestTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Three_reports_of_one_event_make_one_entry_and_two_opposing_pieces_are_paired(string provider)
    {
        await using var db = await DigestStoreBed.CreateAsync(fixture, provider, new FakeDigestChannel());
        var since = db.Time.GetUtcNow();
        var shortReport = await db.AddAsync("Dam breach floods Valdora valley",
            "The Karsten dam in the Valdora valley gave way on Thursday, flooding four villages. About 1,200 people were evacuated.",
            "https://wire.example.com/valdora", site: "Wire");
        var longReport = await db.AddAsync("Karsten dam fails, four Valdora villages under water",
            "Four villages in the Valdora valley were flooded on Thursday after the Karsten dam gave way following a week of rain. Rescue teams evacuated about 1,200 residents by boat and helicopter, the regional governor said. Engineers had warned in 2023 that the dam's spillway was too small.",
            "https://daily.example.net/karsten-dam", site: "The Daily");
        var thirdReport = await db.AddAsync("Valdora: 1,200 evacuated after Karsten dam breach",
            "Some 1,200 people left their homes when the Karsten dam failed on Thursday and water swept through four villages of the Valdora valley.",
            "https://radio.example.org/valdora-dam", site: "Radio Valdora");
        var pro = await db.AddAsync("Cities should build more bike lanes",
            "Bike lanes work: cities that built protected lanes cut traffic deaths and congestion. Every city should build more bike lanes.",
            "https://opinion.example.org/bike-lanes-yes", site: "Opinion Weekly");
        var con = await db.AddAsync("More bike lanes are a costly mistake",
            "New bike lanes are a costly mistake: they narrow roads for buses and delivery vans and few people use them in winter. Cities should not build more bike lanes.",
            "https://ledger.example.com/bike-lanes-no", site: "The Ledger");
        var unrelated = await db.AddAsync("Orchestra names new conductor",
            "The city orchestra appointed a 34-year-old conductor from Lisbon as its music director.",
            "https://arts.example.org/conductor", site: "Arts Page");
        db.Time.Advance(TimeSpan.FromMinutes(5));

        var digest = await db.Get<DigestComposer>().ComposeAsync(7, [], since, db.Time.GetUtcNow(), None);

        var entries = digest.Pages.SelectMany(p => p.Entries).ToList();
        Assert.Equal(4, entries.Count);
        Assert.Equal(6, digest.ArticleCount);
        var dam = Assert.Single(entries, e => e.Also.Count > 0);
        Assert.Equal(longReport, dam.ArticleId);
        Assert.Equal([shortReport, thirdReport], dam.Also.Select(a => a.ArticleId).Order());
        Assert.Equal(["Radio Valdora", "Wire"], dam.Also.Select(a => a.Source).Order());
        var paired = Assert.Single(entries, e => e.AnotherView is not null);
        Assert.Equal((pro, con), (paired.ArticleId, paired.AnotherView!.ArticleId));
        Assert.Equal("The Ledger", paired.AnotherView.Source);
        Assert.False(string.IsNullOrWhiteSpace(paired.AnotherView.Thesis));
        Assert.Contains(entries, e => e.ArticleId == con && e.AnotherView is null);
        Assert.Contains(entries, e => e.ArticleId == unrelated && e.AnotherView is null && e.Also.Count == 0);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task An_opposing_piece_from_the_library_s_last_30_days_is_named_but_an_older_one_is_not(string provider)
    {
        await using var db = await DigestStoreBed.CreateAsync(fixture, provider, new FakeDigestChannel());
        await db.AddAsync("Rent caps protect tenants and should expand",
            "Rent caps protect tenants from sudden increases. Cities should expand rent caps to keep families in their homes.",
            "https://old.example.org/rent-caps-yes", site: "Old Gazette");
        db.Time.Advance(TimeSpan.FromDays(31));
        var recent = await db.AddAsync("Rent caps help renters, and the city should extend them",
            "Rent caps help renters stay put. The city should extend rent caps to every district.",
            "https://tenants.example.org/rent-caps", site: "Tenants Voice");
        db.Time.Advance(TimeSpan.FromDays(10));
        var since = db.Time.GetUtcNow();
        var today = await db.AddAsync("Rent caps are the wrong answer",
            "Rent caps are wrong: they shrink the supply of rental homes and leave renters worse off. The city should not extend rent caps.",
            "https://market.example.com/rent-caps-no", site: "Market Review");
        db.Time.Advance(TimeSpan.FromMinutes(5));

        var digest = await db.Get<DigestComposer>().ComposeAsync(7, [], since, db.Time.GetUtcNow(), None);

        var entry = Assert.Single(Assert.Single(digest.Pages).Entries);
        Assert.Equal(today, entry.ArticleId);
        Assert.Equal(recent, entry.AnotherView?.ArticleId);
    }
}
