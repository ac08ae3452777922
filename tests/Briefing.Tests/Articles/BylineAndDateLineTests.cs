using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

public sealed class BylineAndDateLineTests
{
    [Theory]
    [InlineData("March 4, 2025", 2025, 3, 4)]
    [InlineData("4 March 2025", 2025, 3, 4)]
    [InlineData("2025-03-04", 2025, 3, 4)]
    [InlineData("Posted on Tuesday, March 4, 2025 at 9:15 am", 2025, 3, 4)]
    [InlineData("Published: 12 Sept. 2024", 2024, 9, 12)]
    [InlineData("Updated Jan 31st, 2026 10:02 GMT", 2026, 1, 31)]
    [InlineData("Senior Fellow, Harbour Studies | 12 November 2026", 2026, 11, 12)]   // a role beside the date
    [InlineData("Commentary · 5 min read · 3 June 2025", 2025, 6, 3)]
    public void A_date_line_gives_its_date(string line, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), DateLine.Parse(line));
    }

    [Theory]
    [InlineData("On March 4, 2025 the council voted to close the library.")]   // a sentence with a date in it
    [InlineData("February 30, 2025")]                                          // no such day
    [InlineData("04/03/2025")]                                                 // day and month order unknown
    [InlineData("March 2025")]
    [InlineData("The vote was close | 12 November 2026")]                     // a sentence beside the date
    [InlineData("12 November 2026 | 3 December 2026")]                       // two dates: which one is unknown
    public void Other_lines_are_not_date_lines(string line)
    {
        Assert.Null(DateLine.Parse(line));
    }

    [Theory]
    [InlineData("By Jane Roe", new[] { "Jane Roe" }, null)]
    [InlineData("by Jane Roe and Tom Hale", new[] { "Jane Roe", "Tom Hale" }, null)]
    [InlineData("Posted by Ines van der Berg on March 4, 2025 in Politics", new[] { "Ines van der Berg" }, "2025-03-04")]
    [InlineData("By Jane Roe | 12 May 2024", new[] { "Jane Roe" }, "2024-05-12")]
    [InlineData("Written by Li Wen · Updated 2025-01-02", new[] { "Li Wen" }, "2025-01-02")]
    [InlineData("Analysis | By Dae-jung Kim | 4 November 2026", new[] { "Dae-jung Kim" }, "2026-11-04")]
    [InlineData("Opinion · 6 min read · By Ana Ruiz", new[] { "Ana Ruiz" }, null)]
    public void A_by_line_gives_its_authors_and_any_date(string line, string[] authors, string? date)
    {
        var byline = Byline.Parse(line);

        Assert.NotNull(byline);
        Assert.Equal(authors, byline.Value.Authors);
        Assert.Equal(date is null ? null : DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal), byline.Value.Date);
    }

    [Theory]
    [InlineData("By contrast, the mainland kept its ferries.")]
    [InlineData("By 2030 the port will need a deeper channel")]
    [InlineData("By the time the vote came, the money was gone")]
    [InlineData("The council met on Tuesday | By the time it voted, the money was gone")]
    public void A_sentence_starting_with_by_is_not_a_byline(string line)
    {
        Assert.Null(Byline.Parse(line));
    }
}
