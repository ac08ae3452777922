using System.Globalization;
using Briefing.Digests;

namespace Briefing.Bot.Commands;

/// <summary>Renders digest pages as messages: one card per page, one field per article (title, one-line thesis, source as link).</summary>
public static class DigestReply
{
    public static ReplyMessage Page(Digest digest, DigestPage page)
    {
        var heading = string.Create(CultureInfo.InvariantCulture, $"Digest: {digest.ArticleCount + digest.Omitted} new article(s) since {digest.Since:d MMM HH:mm} UTC");
        if (page.Of > 1)
        {
            heading += string.Create(CultureInfo.InvariantCulture, $" ({page.Number}/{page.Of})");
        }

        var footer = page.Number == page.Of && digest.Omitted > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{digest.Omitted} more matching article(s) not listed; /library search finds them.")
            : null;

        var card = new ReplyCard
        {
            Title = heading,
            Fields = page.Entries.Select(Entry).ToList(),
            Footer = footer,
        };
        return new ReplyMessage { Cards = [card] };
    }

    public static IReadOnlyList<ReplyMessage> All(Digest digest) => digest.Pages.Select(p => Page(digest, p)).ToList();

    // Title, thesis (article or model text) and source name are escaped; field names cannot hold links, so the link
    // rides on the value: thesis, then source linked to the article. Only web links are linked (MarkdownText.Link): a
    // local file's path means nothing to readers and would leak the host's folders. A grouped entry adds its other
    // reports and an opposing view (DigestEntryText keeps the whole value within Discord's 1,024 characters).
    private static ReplyField Entry(DigestEntry entry) =>
        new(MarkdownText.Inline(entry.Title, ReplyText.TitleLimit), DigestEntryText.Value(entry));
}
