namespace Briefing.Digests;

/// <summary>
/// A composed digest: the articles of one period, already cut into pages (one message each).
/// <see cref="Omitted"/> counts matching articles left out past the configured maximum.
/// </summary>
public sealed record Digest(DateTimeOffset Since, DateTimeOffset Until, IReadOnlyList<DigestPage> Pages, int Omitted)
{
    public bool IsEmpty => Pages.Count == 0;
    public int EntryCount => Pages.Sum(p => p.Entries.Count);
}

/// <summary>One message of a digest: page <see cref="Number"/> of <see cref="Of"/>.</summary>
public sealed record DigestPage(int Number, int Of, IReadOnlyList<DigestEntry> Entries);

/// <summary>One article in a digest: title as link, a one-line thesis, the source.</summary>
public sealed record DigestEntry(long ArticleId, string Title, string Url, string Thesis, string Source);
