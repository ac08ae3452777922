using Briefing.Articles;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Digests;

/// <summary>
/// Chooses a digest's articles (new in the period, matching the topics) and gives each a one-line thesis from
/// <see cref="IDigestLineWriter"/> (the digest prompt with a model, otherwise the short summary's thesis).
/// </summary>
public sealed class DigestComposer(IArticleStore articles, IDigestLineWriter lineWriter, IOptions<DigestOptions> options, ILogger<DigestComposer> logger)
{
    private const int ThesisMaxLength = 220;

    /// <summary>Articles visible to the guild, fetched in [<paramref name="since"/>, <paramref name="until"/>), matching <paramref name="topics"/>.</summary>
    public async Task<Digest> ComposeAsync(ulong? guildId, IReadOnlyList<string> topics, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fetched = await articles.ListFetchedSinceAsync(guildId, since, cancellationToken).ConfigureAwait(false);
        // The end bound keeps a retried digest identical to the interrupted one: later articles go to the next period.
        var matching = fetched
            .Where(a => a.FetchedAt >= since && a.FetchedAt < until && TopicMatcher.Matches(a, topics))
            .OrderBy(a => a.FetchedAt)
            .ThenBy(a => a.Id)
            .ToList();
        var listed = matching.Take(settings.MaxEntries).ToList();

        var entries = new List<DigestEntry>(listed.Count);
        foreach (var article in listed)
        {
            entries.Add(new DigestEntry(article.Id, article.Title, article.Url, await ThesisAsync(article, cancellationToken).ConfigureAwait(false), Source(article)));
        }

        var pages = entries.Chunk(settings.EntriesPerMessage).ToList();
        return new Digest(
            since,
            until,
            pages.Select((entriesOnPage, index) => new DigestPage(index + 1, pages.Count, entriesOnPage)).ToList(),
            matching.Count - listed.Count);
    }

    private async Task<string> ThesisAsync(Article article, CancellationToken cancellationToken)
    {
        try
        {
            return ThesisLine(await lineWriter.WriteAsync(article, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One article whose summary fails must not sink the whole digest: list it with its opening words.
            DigestsLog.ThesisFailed(logger, article.Id, ex);
            return ThesisLine(article.Paragraphs.FirstOrDefault() ?? string.Empty);
        }
    }

    private static string ThesisLine(string text) => TextCut.Truncate(text, ThesisMaxLength);

    private static string Source(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.SiteName))
        {
            return article.SiteName;
        }

        return Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Host.Length > 0
            ? uri.Host
            : "local file";
    }
}
