using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

using Briefing.Articles;
using Briefing.Articles.Fetching;

namespace Briefing.Articles.Syndication;

/// <summary>Reads RSS 2.0 and Atom 1.0 documents with System.ServiceModel.Syndication.</summary>
public sealed class FeedParser
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private static readonly Uri InvalidUri = new("urn:briefing:invalid-uri");

    /// <summary>True when the body's root element is an RSS or Atom document (used when the Content-Type is generic).</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> body)
    {
        var head = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 2048)]);
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a feed; throws <see cref="Articles.IngestionException"/> (UnparsableFeed) naming <paramref name="source"/>.</summary>
    public ParsedFeed Parse(byte[] body, Uri feedUrl, string source)
    {
        ArgumentNullException.ThrowIfNull(body);
        var settings = new XmlReaderSettings
        {
            // Old RSS carries a DOCTYPE; it is skipped, never resolved (no external entities, no entity expansion bombs).
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                formatter = new Rss20FeedFormatter();
            }

            if (!formatter.CanRead(reader))
            {
                throw new IngestionException(source, IngestionFailure.UnparsableFeed, $"unparsable feed (root element <{reader.LocalName}> is neither RSS 2.0 nor Atom)");
            }

            UseLenientDates(formatter);
            UseLenientUris(formatter);
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var items = feed.Items.Select(item => ToItem(item, feedUrl)).ToList();
            return new ParsedFeed(NonEmpty(feed.Title?.Text), items);
        }
        catch (XmlException ex)
        {
            throw new IngestionException(source, IngestionFailure.UnparsableFeed, $"unparsable feed ({GuardedHttpFetcher.ErrorLine(ex.Message)})", ex);
        }
    }

    /// <summary>
    /// The default parser throws on a malformed date, which would sink the whole feed for one bad item; a date that
    /// cannot be read becomes "unknown" instead (DateTimeOffset.MinValue, mapped to null).
    /// </summary>
    private static void UseLenientDates(SyndicationFeedFormatter formatter)
    {
        var strict = formatter.DateTimeParser;
        formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset result) =>
        {
            try
            {
                if (strict(data, out result))
                {
                    return true;
                }
            }
            catch (FormatException)
            {
            }
            catch (XmlException)
            {
            }

            if (!DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result))
            {
                result = DateTimeOffset.MinValue;
            }

            return true;
        };
    }

    /// <summary>Likewise a malformed URI in one item becomes <see cref="InvalidUri"/> (treated as "no link"), not a failed feed.</summary>
    private static void UseLenientUris(SyndicationFeedFormatter formatter)
    {
        formatter.UriParser = (XmlUriData data, out Uri? uri) =>
        {
            if (!Uri.TryCreate(data.UriString?.Trim(), data.UriKind, out uri))
            {
                uri = InvalidUri;
            }

            return true;
        };
    }

    private static FeedItem ToItem(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => (l.RelationshipType is null or "alternate") && l.Uri != InvalidUri)?.Uri
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme.StartsWith("http", StringComparison.Ordinal) ? id : null);
        if (link is { IsAbsoluteUri: false })
        {
            link = new Uri(item.BaseUri ?? feedUrl, link);
        }

        var content = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModuleNamespace).FirstOrDefault()
            ?? (item.Content as TextSyndicationContent)?.Text
            ?? item.Summary?.Text;
        var published = item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate
            : item.LastUpdatedTime != DateTimeOffset.MinValue ? item.LastUpdatedTime
            : (DateTimeOffset?)null;
        return new FeedItem(NonEmpty(item.Title?.Text), link, AuthorsOf(item), published, NonEmpty(content));
    }

    private static List<string> AuthorsOf(SyndicationItem item)
    {
        var authors = item.Authors
            .Select(a => NonEmpty(a.Name) ?? NameFromRssAuthor(a.Email))
            .Concat(item.ElementExtensions.ReadElementExtensions<string>("creator", DublinCoreNamespace))
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return authors;
    }

    /// <summary>RSS 2.0 &lt;author&gt; is "email (Name)"; the name is what a reader wants.</summary>
    private static string? NameFromRssAuthor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var open = value.IndexOf('(', StringComparison.Ordinal);
        var close = value.LastIndexOf(')');
        return open >= 0 && close > open ? value[(open + 1)..close].Trim() : value.Trim();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
