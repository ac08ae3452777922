using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Bot.Commands;

/// <summary>
/// Text a member hands the bot instead of a link: an attached file or text pasted into a query. It is read by the
/// library's own readers (the ones <c>summarize --file</c> uses, chrome removal and title/author/date detection
/// included) and stored in the scope like a member's link, so its summary gets a thread, buttons and follow-ups, and
/// its fingerprint is the one the CLI computes for the same text (summaries cached by either are shared).
/// </summary>
public sealed class SubmittedTextReader(ArticleLoader loader, IArticleStore articles)
{
    /// <summary>How error messages name pasted text ("I could not read the pasted text: …").</summary>
    public const string PastedSource = "the pasted text";

    /// <summary>Downloads and reads an attached .txt/.md/.html file; a refused file throws <see cref="IngestionException"/> naming it.</summary>
    public async Task<Article> ReadAttachmentAsync(CommandAttachment file, ArticleScope scope, bool inDigest, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        progress?.Report(ProgressText.ReadingAttachment(file.FileName));
        var draft = await loader.LoadUploadAsync(file.Url, file.FileName, file.ContentType, file.Size, "attachment", cancellationToken).ConfigureAwait(false);
        return await SaveAsync(draft, "attachment", "attached file", scope, inDigest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads pasted text; text with nothing readable left throws <see cref="IngestionException"/>.</summary>
    public Task<Article> ReadPastedAsync(string text, ArticleScope scope, bool inDigest, CancellationToken cancellationToken)
    {
        var draft = loader.ReadPastedText(text, PastedSource, "paste");
        return SaveAsync(draft, "paste", "pasted text", scope, inDigest, cancellationToken);
    }

    /// <summary>
    /// The address is made from the text's fingerprint: an attachment's CDN address expires and two pastes have none, so
    /// only the text itself tells one from another (and the same text handed over twice is one article).
    /// </summary>
    private async Task<Article> SaveAsync(ArticleDraft draft, string kind, string sourceName, ArticleScope scope, bool inDigest, CancellationToken cancellationToken)
    {
        var url = $"urn:briefing:{kind}:{ArticleText.ContentHash(draft.Paragraphs)[..32]}";
        var placed = draft.In(scope) with { Url = url, SiteName = draft.SiteName ?? sourceName, InDigest = inDigest };
        var saved = await articles.SaveAsync(placed, cancellationToken).ConfigureAwait(false);
        return await articles.GetAsync(saved.ArticleId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Article {saved.ArticleId} was saved but cannot be read back.");
    }
}
