using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class ClaimTextTests
{
    [Theory]
    [InlineData("Worryingly, the survey warned that rivers in the south were drying up early, officials said.",
        "The survey warned that rivers in the south were drying up early.")]
    [InlineData("Leeds (CNN)The harbour reopened on Monday after a year of repairs to the sea wall.",
        "The harbour reopened on Monday after a year of repairs to the sea wall.")]
    [InlineData("The new ferry (pictured) will carry up to four hundred passengers across the bay.",
        "The new ferry will carry up to four hundred passengers across the bay.")]
    [InlineData("The mayor, who took office in May, promised cheaper fares for every commuter in the region.",
        "The mayor promised cheaper fares for every commuter in the region.")]
    [InlineData("Rescued: The climber was lifted from the ledge by a coastguard helicopter at dawn.",
        "The climber was lifted from the ledge by a coastguard helicopter at dawn.")]
    // A "such as" phrase inside the subject, with the verb after it, is no trailing elaboration.
    [InlineData("Some in Seoul argue that a small offer now, such as a humanitarian channel, would test whether the statement is final.",
        "Some in Seoul argue that a small offer now, such as a humanitarian channel, would test whether the statement is final.")]
    [InlineData("The ferry company wants to add routes to the outer islands, such as the two that lost their service in May.",
        "The ferry company wants to add routes to the outer islands.")]
    // An -ly word without a comma begins the claim: "Only" limits it, "Italy" and "Family" are its subject.
    [InlineData("Only 1.2 gigawatts of batteries are connected to the grid today.", "Only 1.2 gigawatts of batteries are connected to the grid today.")]
    [InlineData("Italy has cut its grid connection queue by half in two years.", "Italy has cut its grid connection queue by half in two years.")]
    [InlineData("Family doctors are leaving the valley faster than they can be replaced.", "Family doctors are leaving the valley faster than they can be replaced.")]
    [InlineData("Clearly the landlord has to pay for the repairs before the new lease starts.", "The landlord has to pay for the repairs before the new lease starts.")]
    public void Compression_cuts_asides_and_attributions_but_keeps_the_claim(string sentence, string expected)
    {
        Assert.Equal(expected, ClaimCompressor.Compress(sentence));
    }

    [Fact]
    public void A_claim_that_would_become_too_short_is_kept_whole()
    {
        const string sentence = "Prices rose, analysts said.";

        Assert.Equal(sentence, ClaimCompressor.Compress(sentence));
    }

    [Theory]
    [InlineData("In conclusion, I believe that towns should plant more trees.", "towns should plant more trees.")]
    [InlineData("Based on the reasons given above, the ban should be lifted this year.", "the ban should be lifted this year.")]
    [InlineData("Although trees cost money, towns should plant more of them every year.", "towns should plant more of them every year.")]
    [InlineData("Towns should plant more trees, even if watering them costs money.", "Towns should plant more trees")]
    [InlineData("I am inclined to think that although fees are high, students should pay them.", "students should pay them.")]
    [InlineData("On balance, I maintain that the market should move to the old station yard.", "the market should move to the old station yard.")]
    [InlineData("To sum up, both plans have their merits, but the council should choose the tram.", "the council should choose the tram.")]
    [InlineData("In short, cars are convenient; yet I believe that towns should ban them from the centre.", "towns should ban them from the centre.")]
    [InlineData("Parks not only cool the streets, but also give children a safe place to play.", "Parks not only cool the streets, but also give children a safe place to play.")]
    // Too short to stand alone without its reason, and a "but" clause that leans on the clause before by a pronoun.
    [InlineData("I argue that the tariff should pass, because without it the carbon price will not survive.", "the tariff should pass, because without it the carbon price will not survive.")]
    [InlineData("The results suggest that a shorter week is possible, but they do not show that it should be rolled out.", "The results suggest that a shorter week is possible, but they do not show that it should be rolled out.")]
    [InlineData("If we had chosen an all-girls school, that would be one thing.", "If we had chosen an all-girls school, that would be one thing.")]
    [InlineData("But in my opinion it should be from 2-18.", "But in my opinion it should be from 2-18.")]
    // A reason after a colon explains the colon's clause: the claim ends at the colon, never inside the explanation.
    [InlineData("I think the board is asking the wrong question: parents left because the buses stopped running, and no voucher brings a bus back.", "the board is asking the wrong question")]
    [InlineData("My view is this: the library should open on Sundays because families read together then.", "My view is this: the library should open on Sundays because families read together then.")]
    public void The_thesis_span_leaves_out_framing_and_conceded_clauses(string sentence, string expected)
    {
        var span = ClaimSpans.Thesis(sentence);

        Assert.Equal(expected, span.Slice(sentence));
    }

    [Theory]
    [InlineData("Admittedly the plan is expensive, but it pays for itself.", "Admittedly the plan is expensive")]
    [InlineData("Although trees cost money, towns should plant more of them.", "Although trees cost money")]
    [InlineData("Towns should plant more trees, even if watering them costs money.", "even if watering them costs money.")]
    [InlineData("Critics say the scheme is a waste of money.", "Critics say the scheme is a waste of money.")]
    [InlineData("I am inclined to think that although fees are high, students should pay them.", "although fees are high")]
    public void The_counterpoint_span_is_the_conceded_view(string sentence, string expected)
    {
        Assert.Equal(expected, ConcessionSpans.Of(sentence).Slice(sentence));
    }
}
