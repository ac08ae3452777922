using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Page furniture that is never article text: navigation, share widgets, comment forms, print links, sidebars,
/// author-bio boxes, cookie banners. Removed before Readability scores the page, and short leftover lines that
/// are only chrome labels are dropped after it.
/// </summary>
internal static partial class PageChrome
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

    /// <summary>True for a short line that is only a chrome label ("Print Friendly", "Leave a Reply", "Share this:").</summary>
    public static bool IsChromeLine(string paragraph) =>
        paragraph.Length <= 80 && ChromeLine().IsMatch(paragraph);

    [GeneratedRegex(
        @"^\W*(print( friendly)?|pdf|email|leave a (reply|comment)|share( this)?( article| post)?:?|share on \w+|tweet|like this:?|" +
        @"(posted|filed) (in|under)\b.*|tags?:.*|categor(y|ies):.*|related( posts| articles)?:?|read more|continue reading|" +
        @"subscribe\b.*|sign up\b.*|accept( all)?( cookies)?|cookie (settings|policy)|we use cookies\b.*|" +
        @"(previous|next) (post|article)\b.*|about the author|skip to (main )?content|advertisement)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();
}
