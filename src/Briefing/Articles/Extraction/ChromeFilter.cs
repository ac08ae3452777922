using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Removes web-page furniture from an article's paragraphs, on both the HTML and the copied-text paths: labels,
/// share rows, categories, breadcrumbs, credits and inline links anywhere; related-link lists; and, near the end,
/// author bios, the comments, and the site's "About" section; a page's notes and the markers pointing at them; and a
/// pull quote, a sentence of the text set out again on its own. A bio's subject is returned as a possible author.
/// </summary>
internal static class ChromeFilter
{
    // Bios and "About" sections close a page; earlier than this share of the text they are more likely the article's own words.
    private const double TailShare = 0.5;

    // The last paragraphs are a page's closing matter however short the article: a one-paragraph post still ends in a
    // bio, and only there is a "X is a fellow at Y" paragraph taken for one.
    private const int ClosingParagraphs = 2;

    // A related-links entry is a headline: short, and not a sentence of the article.
    private const int MaxLinkLength = 200;

    public static CleanedParagraphs Clean(IReadOnlyList<string> paragraphs)
    {
        var kept = new List<string>(paragraphs.Count);
        string? bioAuthor = null;
        var kinds = Classify(paragraphs);
        var contentCount = ContentCount(kinds);
        var tailStart = Math.Min((int)(contentCount * TailShare), contentCount - ClosingParagraphs);
        var contentSeen = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var inTail = contentSeen >= tailStart && contentSeen > 0;
            var closing = contentSeen >= contentCount - ClosingParagraphs && contentSeen > 0;
            if (kinds[i] == ChromeKind.None)
            {
                contentSeen++;
            }

            switch (kinds[i])
            {
                case ChromeKind.EndOfArticle:
                    return new CleanedParagraphs(kept, bioAuthor);
                case ChromeKind.AboutSiteHeading when inTail:
                    return new CleanedParagraphs(kept, bioAuthor);
                case ChromeKind.Chrome:
                    continue;
                case ChromeKind.AboutAuthorHeading:
                    if (i + 1 < paragraphs.Count && paragraphs[i + 1].Length <= 600)
                    {
                        bioAuthor ??= AuthorBio.NameIn(paragraphs[i + 1]);
                        i++;
                    }

                    continue;
                case ChromeKind.RelatedHeading:
                    continue;
            }

            if (inTail && ChromeLines.IsSiteBlurb(paragraph))
            {
                return new CleanedParagraphs(kept, bioAuthor);
            }

            // "P.S. Next week: …": a newsletter's postscript is a note to its readers after the piece has ended.
            if (closing && ChromeLines.IsPostscript(paragraph))
            {
                continue;
            }

            // Only the closing paragraphs: earlier, "X is a senior fellow at Y" is more likely a source the article quotes.
            if (closing && AuthorBio.NameIn(paragraph) is { } name)
            {
                bioAuthor ??= name;
                continue;
            }

            if (ChromeLines.WithoutNoteMarkers(ChromeLines.WithoutGluedShareWidget(paragraph)) is { Length: > 0 } text)
            {
                kept.Add(text);
            }
        }

        return new CleanedParagraphs(WithoutPullQuotes(kept), bioAuthor);
    }

    // A pull quote is one sentence or two; a paragraph longer than this is the text's own.
    private const int MaxPullQuoteLength = 300;

    // Shorter, a repeated line is more likely a refrain of the author's than a sentence set out for show.
    private const int MinPullQuoteWords = 6;

    private const int MaxParagraphsForPullQuotes = 1_000;

    /// <summary>
    /// The paragraphs without the pull quotes: a short paragraph, in quotation marks or not, whose words stand as they are
    /// inside a longer paragraph of the same text. It repeats that sentence for the eye; read as a paragraph of its own it
    /// would count twice and push the paragraph numbers after it off.
    /// </summary>
    private static List<string> WithoutPullQuotes(List<string> paragraphs)
    {
        // Each short paragraph is looked for in every other: past an article's length (a 20 MB file of short lines) that
        // costs more than the check is worth, and such a text has no pull quotes to speak of.
        if (paragraphs.Count is < 2 or > MaxParagraphsForPullQuotes)
        {
            return paragraphs;
        }

        return paragraphs.Where((p, i) => !IsPullQuote(i, paragraphs)).ToList();
    }

    private static bool IsPullQuote(int index, List<string> paragraphs)
    {
        var paragraph = paragraphs[index];
        if (paragraph.Length > MaxPullQuoteLength)
        {
            return false;
        }

        // A pull quote may end where its sentence went on ("… a holding pattern." set out from "… a holding pattern: …").
        // Set out whole, the paragraph it repeats comes first.
        var words = paragraph.Trim().Trim(QuoteMarks).Trim().TrimEnd('.', '!', '?', '…', ' ');
        return WordTokenizer.CountWords(words) >= MinPullQuoteWords
            && paragraphs.Where((other, j) => j != index && (other.Length > paragraph.Length || (other.Length == paragraph.Length && j < index)))
                .Any(other => other.Contains(words, StringComparison.Ordinal));
    }

    private static readonly char[] QuoteMarks = ['"', '“', '”', '\'', '‘', '’', '«', '»'];

    /// <summary>Each paragraph's kind, with the entries of a related-links list marked as furniture too.</summary>
    private static List<ChromeKind> Classify(IReadOnlyList<string> paragraphs)
    {
        var kinds = paragraphs.Select(ChromeLines.Classify).ToList();
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == ChromeKind.NotesHeading)
            {
                var end = NotesEnd(paragraphs, kinds, i);
                kinds[i] = end > i + 1 ? ChromeKind.Chrome : ChromeKind.None;
                while (i + 1 < end)
                {
                    kinds[++i] = ChromeKind.Chrome;
                }

                continue;
            }

            if (kinds[i] != ChromeKind.RelatedHeading)
            {
                continue;
            }

            while (i + 1 < kinds.Count && kinds[i + 1] is ChromeKind.None or ChromeKind.Chrome && IsLinkEntry(paragraphs[i + 1]))
            {
                kinds[++i] = ChromeKind.Chrome;
            }
        }

        return kinds;
    }

    /// <summary>
    /// Where the notes under the heading at <paramref name="heading"/> end (the heading's own index + 1 when what follows
    /// is no notes): the entries that open on a marker ("[1] …"), or, as a page's numbered list gives them without
    /// markers, short entries running to the end of the text. A heading like "Sources" over prose in the middle of the
    /// text is a section of the article.
    /// </summary>
    private static int NotesEnd(IReadOnlyList<string> paragraphs, List<ChromeKind> kinds, int heading)
    {
        var end = heading + 1;
        while (end < paragraphs.Count && ChromeLines.IsNoteEntry(paragraphs[end]))
        {
            end++;
        }

        if (end > heading + 1)
        {
            return end;
        }

        // Without markers only a heading that names notes ("Notes", "References", not "Sources") in the text's second
        // half heads them: a short article's last paragraphs are short too.
        if (heading < paragraphs.Count / 2 || !ChromeLines.NamesNotes(paragraphs[heading]))
        {
            return heading + 1;
        }

        while (end < paragraphs.Count && kinds[end] == ChromeKind.None && paragraphs[end].Length <= MaxNoteLength)
        {
            end++;
        }

        var closes = end == paragraphs.Count || kinds[end] is ChromeKind.EndOfArticle or ChromeKind.AboutAuthorHeading or ChromeKind.AboutSiteHeading or ChromeKind.RelatedHeading;
        return closes ? end : heading + 1;
    }

    // A note cites a source in a line or two.
    private const int MaxNoteLength = 250;

    /// <summary>How many paragraphs could be article text: furniture lines left out, and nothing from the comments on.</summary>
    private static int ContentCount(List<ChromeKind> kinds)
    {
        var end = kinds.IndexOf(ChromeKind.EndOfArticle);
        return kinds.Take(end < 0 ? kinds.Count : end).Count(k => k == ChromeKind.None);
    }

    private static bool IsLinkEntry(string paragraph) =>
        paragraph.Length <= MaxLinkLength && !paragraph.EndsWith('.') && !paragraph.EndsWith('!') && !paragraph.EndsWith(':');
}

