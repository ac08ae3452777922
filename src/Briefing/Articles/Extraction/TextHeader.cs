namespace Briefing.Articles.Extraction;

/// <summary>
/// The lines above an article's text as people copy them from a page: a title, a "By" line, a date line, and the
/// category or breadcrumb lines around them. <see cref="Read"/> takes them off the front of the paragraphs, and a
/// byline or date line from among the first few.
/// </summary>
internal sealed record TextHeader(string? Title, IReadOnlyList<string> Authors, DateTimeOffset? PublishedAt)
{
    // A header is a handful of short lines; past this the text has begun whatever the lines look like.
    private const int MaxHeaderLines = 8;

    /// <summary>
    /// Removes the header lines from <paramref name="paragraphs"/> and returns what they said. With a
    /// <paramref name="knownTitle"/> (from front matter) a first line repeating it is dropped and no other line is taken as the title.
    /// </summary>
    public static TextHeader Read(List<string> paragraphs, string? knownTitle)
    {
        string? title = null;
        IReadOnlyList<string> authors = [];
        DateTimeOffset? date = null;
        for (var seen = 0; seen < MaxHeaderLines && paragraphs.Count > 0; seen++)
        {
            var line = paragraphs[0];
            if (authors.Count == 0 && Byline.Parse(line) is { } byline)
            {
                authors = byline.Authors;
                date ??= byline.Date;
            }
            else if (date is null && DateLine.Parse(line) is { } dated)
            {
                date = dated;
            }
            else if (authors.Count == 0 && paragraphs.Count > 1 && IsFollowButton(paragraphs[1]) && Byline.Parse("By " + line) is { Authors.Count: 1 } named)
            {
                // "Priya Raman" over "Follow": a blog platform prints the author's name beside a follow button, with no "By".
                authors = named.Authors;
            }
            else if (ChromeLines.Classify(line) == ChromeKind.Chrome)
            {
                // Category, tag, breadcrumb and share lines above the title.
            }
            else if (title is null && knownTitle is not null && string.Equals(line, knownTitle, StringComparison.OrdinalIgnoreCase))
            {
                title = knownTitle;
            }
            else if (title is null && knownTitle is null && (Headline.IsLike(line) || (Headline.IsLikeAboveByline(line) && paragraphs.Count > 1 && IsBylineOrDate(paragraphs[1]))))
            {
                title = line;
            }
            else
            {
                break;
            }

            paragraphs.RemoveAt(0);
        }

        // A "By" or date line can sit below a box that opens the text ("Key takeaways" and its bullets, a standfirst):
        // it is still the header's, and no sentence of the article is a bare byline or date.
        for (var i = 0; i < Math.Min(MaxHeaderLines, paragraphs.Count); i++)
        {
            if (Byline.Parse(paragraphs[i]) is { } byline)
            {
                authors = authors.Count > 0 ? authors : byline.Authors;
                date ??= byline.Date;
            }
            else if (DateLine.Parse(paragraphs[i]) is { } dated)
            {
                date ??= dated;
            }
            else
            {
                continue;
            }

            paragraphs.RemoveAt(i--);
        }

        return new TextHeader(title, authors, date);
    }

    private static bool IsFollowButton(string line) => line.Trim().Equals("Follow", StringComparison.OrdinalIgnoreCase);

    private static bool IsBylineOrDate(string line) => Byline.Parse(line) is not null || DateLine.Parse(line) is not null;
}
