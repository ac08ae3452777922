namespace Briefing.Bot.Commands;

/// <summary>Who may put articles into a server's digest (section <c>Library</c>).</summary>
public sealed class LibraryOptions
{
    public const string Section = "Library";

    /// <summary>
    /// A link a member without Manage Server brings in through <c>/summarize</c> enters the server's digest at once.
    /// Off by default: such links are searchable and summarizable, but only a manager's <c>/library add</c> (or a
    /// manager's own <c>/summarize</c> of the link) puts them in the digest.
    /// </summary>
    public bool MemberLinksInDigest { get; set; }
}
