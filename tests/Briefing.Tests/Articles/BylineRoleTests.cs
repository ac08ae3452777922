using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

public sealed class BylineRoleTests
{
    [Theory]
    [InlineData("By Jane Roe, Senior Fellow", new[] { "Jane Roe" })]
    [InlineData("By Jane Roe, Senior Fellow at the Institute for Fiscal Studies", new[] { "Jane Roe" })]
    [InlineData("By Jane Roe, Senior Fellow, and Tom Hale, Director of Research", new[] { "Jane Roe", "Tom Hale" })]
    [InlineData("By Jane Roe | Contributing Editor | March 4, 2025", new[] { "Jane Roe" })]
    [InlineData("By Dean Hale and Jane Roe", new[] { "Dean Hale", "Jane Roe" })]
    public void The_job_title_beside_a_name_is_not_an_author(string line, string[] authors)
    {
        var byline = Byline.Parse(line);

        Assert.NotNull(byline);
        Assert.Equal(authors, byline.Value.Authors);
    }

    [Theory]
    [InlineData("By Staff Reporter")]
    [InlineData("By Editorial Staff | March 4, 2025")]
    public void A_byline_that_names_only_a_role_is_a_byline_without_authors(string line)
    {
        var byline = Byline.Parse(line);

        Assert.NotNull(byline);
        Assert.Empty(byline.Value.Authors);
    }

    [Fact]
    public void A_sentence_with_a_role_word_after_by_is_not_a_byline()
    {
        Assert.Null(Byline.Parse("By the head of the committee's own count, the plan is late."));
    }

    [Fact]
    public void A_page_byline_with_a_role_gives_only_the_name()
    {
        Assert.Equal(["Jane Roe"], HtmlArticleExtractor.SplitAuthors("Jane Roe, Senior Fellow"));
    }
}
