namespace Briefing.Digests;

/// <summary>
/// A composed digest: the articles of one period, one entry per story, already cut into pages (one message each).
/// <see cref="Omitted"/> counts matching articles left out past the configured maximum.
/// </summary>
public sealed record Digest(DateTimeOffset Since, DateTimeOffset Until, IReadOnlyList<DigestPage> Pages, int Omitted)
{
    public bool IsEmpty => Pages.Count == 0;
    public int EntryCount => Pages.Sum(p => p.Entries.Count);
    /// <summary>Articles listed: each entry's own and its "also:" links.</summary>
    public int ArticleCount => Pages.Sum(p => p.Entries.Sum(e => 1 + e.Also.Count));
}

/// <summary>One message of a digest: page <see cref="Number"/> of <see cref="Of"/>.</summary>
public sealed record DigestPage(int Number, int Of, IReadOnlyList<DigestEntry> Entries);

/// <summary>
/// One story in a digest: its best piece (title as link, a one-line thesis, the source), the other pieces on the same
/// story (<see cref="Also"/>), and a piece that argues the other side (<see cref="AnotherView"/>), if one was found.
/// </summary>
public sealed record DigestEntry(long ArticleId, string Title, string Url, string Thesis, string Source)
{
    public IReadOnlyList<DigestLink> Also { get; init; } = [];
    public DigestLink? AnotherView { get; init; }
}

/// <summary>Another article named inside an entry; <see cref="Thesis"/> only for an opposing view.</summary>
public sealed record DigestLink(long ArticleId, string Title, string Url, string Source, string? Thesis = null);
