using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// An interview set out as "Q:" and "A:" (text invented): the questions are the interviewer's, the answers the
/// interview's moves, and a view put in a question is answered in the paragraph after it.
/// </summary>
public sealed class InterviewTests
{
    private static readonly Briefing.Articles.Article Interview = ExtractiveFixtures.Make(
        "Q&A: Why the ferry board wants a winter timetable",
        "en",
        "The island ferry board voted last week to run a reduced service through the winter instead of stopping in November. We asked its chair, Tomas Lind, why.",
        "Q: Why run ferries in winter at all?",
        "A: Because the island loses its doctors and teachers when it is cut off for four months. A winter service keeps them.",
        "Q: Won't the winter crossings lose money?",
        "A: Some will. That is why the board will run two crossings a day instead of six, so each boat sails at least half full.",
        "Q: Critics say the harbour cannot handle winter storms.",
        "A: It could not in 1990. The new breakwater has kept the harbour open on all but three days of the last five winters.",
        "Q: What happens next?",
        "A: The first winter timetable starts in December, with a review after the first season.");

    [Fact]
    public async Task No_point_is_an_interviewers_question_and_no_quote_keeps_the_speaker_label()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Interview, SummaryLength.Detailed, CancellationToken.None);

        Assert.NotEmpty(summary.Points);
        Assert.DoesNotContain(summary.Points, p => p.Quote.EndsWith('?'));
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("Q:", StringComparison.Ordinal) || p.Quote.StartsWith("A:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_view_put_in_a_question_is_a_counterpoint_answered_in_the_next_paragraph()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Interview, SummaryLength.Standard, CancellationToken.None);

        var counterpoint = Assert.Single(summary.Counterpoints);
        Assert.Equal("Critics say the harbour cannot handle winter storms.", counterpoint.Quote);
        Assert.EndsWith("— answer: It could not in 1990. The new breakwater has kept the harbour open on all but three days of the last five winters.", counterpoint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 7);
    }

    [Fact]
    public async Task Every_sentence_of_a_question_turn_is_the_interviewers_not_only_the_labelled_one()
    {
        var interview = ExtractiveFixtures.Make(
            "Q&A: The ferry board's winter plan",
            "en",
            "The island ferry board voted last week to keep a reduced winter service. We asked its chair, Tomas Lind, about it.",
            "Q: You have cut winter crossings twice before. Why should islanders believe this plan will last?",
            "A: Because this time the timetable is paid for by the harbour fees, not by a grant that ends.",
            "Q: And the cost?",
            "A: Two crossings a day cost less than the doctors' relief flights the island pays for now.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(interview, SummaryLength.Detailed, CancellationToken.None);

        Assert.DoesNotContain(summary.Points, p => p.Quote.EndsWith('?'));
    }
}
