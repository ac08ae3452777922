using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class ExtractiveSummarizerTests
{
    private readonly ExtractiveSummarizer _summarizer = new();

    private Task<ArgumentSummary> Summarize(Article article, SummaryLength length = SummaryLength.Standard) =>
        _summarizer.SummarizeAsync(article, length, CancellationToken.None);

    [Fact]
    public async Task The_closing_claim_of_an_analysis_is_the_thesis_not_the_opening_news_hook()
    {
        var article = ExtractiveFixtures.ThesisAtTheEnd();

        var summary = await Summarize(article);

        Assert.Equal(article.Paragraphs.Count, summary.Thesis.Paragraph);
        Assert.Contains("North Korea is playing out the clock", summary.Thesis.Quote);
    }

    [Fact]
    public async Task The_alternative_readings_an_analysis_weighs_are_its_counterpoints()
    {
        var summary = await Summarize(ExtractiveFixtures.ThesisAtTheEnd());

        Assert.Contains(summary.Counterpoints, c => c.Paragraph == 3 && c.Quote.Contains("taken as a firm rejection"));
    }

    [Fact]
    public async Task A_thesis_stated_mid_article_is_found()
    {
        var summary = await Summarize(ExtractiveFixtures.ThesisMidArticle());

        Assert.Equal(3, summary.Thesis.Paragraph);
        // The quote is narrowed to the claim itself: the framing "I argue that" and the reason clause are left out.
        Assert.Equal("the council should double the night bus network", summary.Thesis.Quote);
        Assert.Equal("The council should double the night bus network", summary.Thesis.Text);
    }

    [Fact]
    public async Task An_opposing_view_the_author_rebuts_is_a_counterpoint_and_not_the_thesis()
    {
        var summary = await Summarize(ExtractiveFixtures.Rebuttal());

        Assert.StartsWith("The village library should stay open", summary.Thesis.Quote);
        var counterpoint = Assert.Single(summary.Counterpoints, c => c.Paragraph == 2);
        Assert.Contains("nobody needs a library", counterpoint.Quote);
        Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("nobody needs a library"));
    }

    [Fact]
    public async Task A_concession_inside_the_thesis_sentence_is_quoted_as_a_counterpoint_and_left_out_of_the_thesis()
    {
        var summary = await Summarize(ExtractiveFixtures.Rebuttal());

        Assert.Equal("The village library should stay open", summary.Thesis.Quote);
        Assert.Contains(summary.Counterpoints, c => c.Paragraph == 1 && c.Quote == "even if it costs the parish a little more each year.");
    }

    [Fact]
    public async Task A_five_sentence_text_gets_a_thesis_and_three_distinct_points()
    {
        var summary = await Summarize(ExtractiveFixtures.FiveSentences(), SummaryLength.Short);

        Assert.StartsWith("Cities should put gardens on the roofs", summary.Thesis.Quote);
        Assert.Equal(3, summary.Points.Count);
        var quotes = summary.Points.Select(p => p.Quote).Append(summary.Thesis.Quote).ToList();
        Assert.Equal(quotes.Count, quotes.Distinct().Count());
        Assert.All(summary.Points, p => Assert.Equal(1, p.Paragraph));
    }

    [Fact]
    public async Task Captions_without_full_stops_are_separate_sentences_and_do_not_become_the_thesis()
    {
        var summary = await Summarize(ExtractiveFixtures.WithCaptions());

        Assert.Equal(1, summary.Thesis.Paragraph);
        Assert.StartsWith("Record crowds filled the harbour", summary.Thesis.Quote);
        Assert.DoesNotContain("\n", summary.Thesis.Quote);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 2);
    }

    [Fact]
    public async Task A_german_text_gets_a_best_effort_summary_from_centrality_and_position()
    {
        var article = ExtractiveFixtures.German();

        var summary = await Summarize(article, SummaryLength.Short);

        Assert.Equal("extractive", summary.Engine);
        Assert.Equal(1, summary.Thesis.Paragraph);
        Assert.Contains("mehr Radwege", summary.Thesis.Quote);
        Assert.Equal(3, summary.Points.Count);
        // No English discourse cues apply, so nothing is labelled a counterpoint.
        Assert.Empty(summary.Counterpoints);
    }

    [Fact]
    public async Task An_untagged_german_text_is_summarized_as_german()
    {
        var tagged = ExtractiveFixtures.German();

        var fromTagged = await Summarize(tagged, SummaryLength.Detailed);
        var fromUntagged = await Summarize(tagged with { Language = null }, SummaryLength.Detailed);

        Assert.Equal(fromTagged.Thesis, fromUntagged.Thesis);
        Assert.Equal(fromTagged.Points, fromUntagged.Points);
    }

    [Fact]
    public async Task Every_quote_is_a_verbatim_span_of_its_paragraph_at_every_length()
    {
        foreach (var article in ExtractiveFixtures.All())
        {
            foreach (var length in Enum.GetValues<SummaryLength>())
            {
                var summary = await Summarize(article, length);

                foreach (var item in summary.Points.Concat(summary.Counterpoints).Prepend(summary.Thesis))
                {
                    Assert.InRange(item.Paragraph, 1, article.Paragraphs.Count);
                    Assert.False(string.IsNullOrWhiteSpace(item.Quote));
                    Assert.Contains(item.Quote, article.Paragraphs[item.Paragraph - 1], StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(item.Text));
                }
            }
        }
    }

    [Fact]
    public async Task The_same_article_always_gives_the_same_summary()
    {
        foreach (var article in ExtractiveFixtures.All())
        {
            var first = await Summarize(article);
            var second = await new ExtractiveSummarizer().SummarizeAsync(article, SummaryLength.Standard, CancellationToken.None);

            Assert.Equal(first.Thesis, second.Thesis);
            Assert.Equal(first.Points, second.Points);
            Assert.Equal(first.Counterpoints, second.Counterpoints);
        }
    }

    [Fact]
    public async Task Lengths_set_the_number_of_points_and_counterpoints()
    {
        var article = LongReport.Generate(1500);

        var shortSummary = await Summarize(article, SummaryLength.Short);
        var standard = await Summarize(article, SummaryLength.Standard);
        var detailed = await Summarize(article, SummaryLength.Detailed);

        Assert.Equal(3, shortSummary.Points.Count);
        Assert.InRange(shortSummary.Counterpoints.Count, 0, 1);
        Assert.InRange(standard.Points.Count, 4, 6);
        Assert.Equal(6, detailed.Points.Count);
        Assert.InRange(detailed.Counterpoints.Count, 0, 4);
    }

    [Fact]
    public async Task A_twenty_thousand_word_report_is_summarized_with_points_in_article_order()
    {
        var article = LongReport.Generate(20_000);

        var summary = await Summarize(article, SummaryLength.Detailed);

        Assert.Equal(6, summary.Points.Count);
        var order = summary.Points.Select(p => p.Paragraph).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task The_summary_names_the_article_its_first_author_and_the_engine()
    {
        var article = ExtractiveFixtures.Rebuttal();

        var summary = await Summarize(article);

        Assert.Equal(new ArticleReference(7, article.Title, article.Url, "Mara Lindqvist", article.PublishedAt, "Example Review"), summary.Article);
        Assert.Equal("extractive", summary.Engine);
        Assert.Null(summary.FallbackReason);
    }

    [Fact]
    public async Task A_single_sentence_is_its_own_thesis_and_nothing_is_invented()
    {
        var article = ExtractiveFixtures.Make("One line", "en", "The bridge will close for repairs on Monday.");

        var summary = await Summarize(article, SummaryLength.Detailed);

        Assert.Equal("The bridge will close for repairs on Monday.", summary.Thesis.Quote);
        Assert.Empty(summary.Points);
        Assert.Empty(summary.Counterpoints);
    }

    [Fact]
    public async Task An_article_without_text_is_refused_with_one_clear_message()
    {
        var empty = ExtractiveFixtures.Make("Nothing here", "en", "   ", "");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Summarize(empty));

        Assert.StartsWith("Article 7 has no text to summarize.", error.Message);
    }

    [Fact]
    public async Task A_cancelled_request_is_not_summarized()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _summarizer.SummarizeAsync(ExtractiveFixtures.Rebuttal(), SummaryLength.Short, cancellation.Token));
    }
}
