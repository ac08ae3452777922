using AngleSharp.Dom;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Page furniture that is never article text: navigation, share widgets, comment forms, print links, sidebars,
/// author-bio boxes, cookie banners. Removed before Readability scores the page; the lines of furniture that
/// survive inside the content are <see cref="ChromeLines"/>' concern.
/// </summary>
internal static class PageChrome
{
    private const string ChromeSelectors =
        "script, style, noscript, template, iframe, form, nav, aside, button, " +
        "[role=navigation], [role=complementary], [role=contentinfo], [role=search], [role=dialog], [aria-hidden=true], " +
        "body > header, body > footer, [role=banner], " +
        "#comments, .comments, #respond, .comment-respond, .comment-form, .comments-area, " +
        "[class*=share], [id*=share], [class*=social], [class*=sharedaddy], " +
        "[class*=printfriendly], [class*=print-friendly], [class*=pf-button], " +
        "[class*=author-bio], [class*=author-box], [class*=about-author], [class*=bio-box], " +
        "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=gdpr], " +
        "[class*=sidebar], [id*=sidebar], [class*=widget], [class*=newsletter], [class*=subscribe], " +
        "[class*=related], [class*=breadcrumb], [class*=pagination], [class*=post-navigation], [class*=skip-link], " +
        "[hidden]";

    public static void Remove(IElement root)
    {
        RemoveNoteReferences(root);

        foreach (var element in root.QuerySelectorAll(ChromeSelectors).ToList())
        {
            // The article container itself can carry a matching class on some themes ("post has-share-buttons");
            // never remove an element that holds the page's main content.
            if (element.LocalName is "article" or "main" || element.QuerySelector("article, main") is not null)
            {
                continue;
            }

            element.Remove();
        }
    }

    /// <summary>
    /// A superscript note number after a word ("… the housing we lack.<sup>1</sup>") would be read into the sentence as
    /// "lack.1". After a digit it is an exponent ("10<sup>3</sup>") and stays.
    /// </summary>
    private static void RemoveNoteReferences(IElement root)
    {
        foreach (var sup in root.QuerySelectorAll("sup").ToList())
        {
            var mark = sup.TextContent.Trim();
            var before = sup.PreviousSibling?.TextContent.TrimEnd() ?? string.Empty;
            if (NoteMark(mark) && (before.Length == 0 || !char.IsDigit(before[^1])))
            {
                sup.Remove();
            }
        }
    }

    private static bool NoteMark(string mark) =>
        mark.Trim('[', ']', '(', ')') is { Length: > 0 and <= 3 } inner && (inner.All(char.IsDigit) || inner.All(c => c is '*' or '†' or '‡'));
}
