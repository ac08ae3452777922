using Briefing.Articles;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Digests;

/// <summary>
/// Chooses a digest's articles (new in the period, matching the topics), folds reports of one story into one entry headed
/// by its best piece (<see cref="StoryGrouper"/>), names a piece that argues the other side when the digest or the library's
/// last <see cref="LibraryWindowDays"/> days hold one (<see cref="OpposingViewFinder"/>), and gives each entry a one-line
/// thesis from <see cref="IDigestLineWriter"/> (the digest prompt with a model, otherwise the short summary's thesis).
/// </summary>
public sealed class DigestComposer(
    IArticleStore articles, IDigestLineWriter lineWriter, DigestStoryVectors vectors, IOptions<DigestOptions> options, ILogger<DigestComposer> logger)
{
    public const int LibraryWindowDays = 30;
    private const int ThesisMaxLength = 220;

    /// <summary>Articles visible to the guild, fetched in [<paramref name="since"/>, <paramref name="until"/>), matching <paramref name="topics"/>.</summary>
    public async Task<Digest> ComposeAsync(ulong? guildId, IReadOnlyList<string> topics, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var windowStart = until.AddDays(-LibraryWindowDays);
        var fetched = await articles.ListFetchedSinceAsync(guildId, since < windowStart ? since : windowStart, cancellationToken).ConfigureAwait(false);
        // The end bound keeps a retried digest identical to the interrupted one: later articles go to the next period.
        var background = fetched.Where(a => a.FetchedAt < until).ToList();
        var matching = background
            .Where(a => a.FetchedAt >= since && TopicMatcher.Matches(a, topics))
            .OrderBy(a => a.FetchedAt)
            .ThenBy(a => a.Id)
            .ToList();
        var stored = await vectors.GetAsync(background.Select(a => a.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var comparer = new StoryComparer(background, stored, vectors.Threshold);
        var stories = StoryGrouper.Group(matching, comparer);
        var listed = stories.Take(settings.MaxEntries).ToList();
        var library = background.Where(a => a.FetchedAt >= windowStart).ToList();
        var opposing = OpposingViewFinder.Find(listed, library, comparer);

        var entries = new List<DigestEntry>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var best = listed[i].Best;
            var view = opposing.TryGetValue(i, out var other)
                ? Link(other) with { Thesis = await ThesisAsync(other, cancellationToken).ConfigureAwait(false) }
                : null;
            entries.Add(new DigestEntry(best.Id, best.Title, best.Url, await ThesisAsync(best, cancellationToken).ConfigureAwait(false), Source(best))
            {
                Also = listed[i].Others.Select(Link).ToList(),
                AnotherView = view,
            });
        }

        var pages = entries.Chunk(settings.EntriesPerMessage).ToList();
        return new Digest(
            since,
            until,
            pages.Select((entriesOnPage, index) => new DigestPage(index + 1, pages.Count, entriesOnPage)).ToList(),
            stories.Skip(listed.Count).Sum(s => 1 + s.Others.Count));
    }

    private static DigestLink Link(Article article) => new(article.Id, article.Title, article.Url, Source(article));

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
