using Briefing.Bot.Commands;
using Briefing.Digests;

namespace Briefing.Bot.Tests.Commands;

public sealed class DigestReplyTests
{
    [Fact]
    public void Web_sources_are_linked_and_local_files_are_named_without_their_path()
    {
        var since = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
        var page = new DigestPage(1, 1,
        [
            new DigestEntry(1, "Web piece", "https://example.org/a", "Tariffs should pass.", "Example Review"),
            new DigestEntry(2, "Local piece", "file:///home/editor/notes/b.md", "Subsidies need an end date.", "Notes"),
        ]);

        var card = Assert.Single(DigestReply.Page(new Digest(since, since.AddDays(1), [page], 0), page).Cards);

        Assert.Contains("[Example Review](https://example.org/a)", card.Fields[0].Value, StringComparison.Ordinal);
        Assert.Contains("Notes · #2", card.Fields[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", card.Fields[1].Value, StringComparison.Ordinal);
    }
}
