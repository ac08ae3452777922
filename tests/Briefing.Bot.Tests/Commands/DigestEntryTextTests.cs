using Briefing.Bot.Commands;
using Briefing.Digests;

namespace Briefing.Bot.Tests.Commands;

public sealed class DigestEntryTextTests
{
    private static string LongUrl(int i) => $"https://reports.example.org/{i}/" + new string('a', 250);

    [Fact]
    public void A_grouped_entry_with_long_links_and_an_opposing_view_stays_within_one_field()
    {
        var entry = new DigestEntry(1, "Story", "https://lead.example.org/story", new string('t', 900), "Lead Source")
        {
            Also = Enumerable.Range(2, 12).Select(i => new DigestLink(i, $"Report {i}", LongUrl(i), $"Outlet {i}")).ToList(),
            AnotherView = new DigestLink(99, new string('v', 300), LongUrl(99), "Contrarian", new string('c', 500)),
        };

        var value = DigestEntryText.Value(entry);

        Assert.InRange(value.Length, 1, ReplyText.FieldValueLimit);
        Assert.Contains("[Lead Source](https://lead.example.org/story) · #1", value, StringComparison.Ordinal);
        Assert.Contains("\nalso: [Outlet 2](", value, StringComparison.Ordinal);
        Assert.Matches(@", \d+ more report\(s\)", value);
        Assert.Contains("\nAnother view: ", value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_entry_lists_every_other_report_and_the_whole_opposing_view()
    {
        var entry = new DigestEntry(1, "Story", "https://lead.example.org/story", "The thesis.", "Lead")
        {
            Also = [new DigestLink(2, "B", "https://b.example.org/x", "Source B"), new DigestLink(3, "C", "https://c.example.org/y", "Source C")],
            AnotherView = new DigestLink(4, "The other side", "https://d.example.org/z", "Source D", "It is a mistake."),
        };

        var value = DigestEntryText.Value(entry);

        Assert.Equal(
            "The thesis.\n[Lead](https://lead.example.org/story) · #1\nalso: [Source B](https://b.example.org/x), [Source C](https://c.example.org/y)"
            + "\nAnother view: The other side ([Source D](https://d.example.org/z)) — It is a mistake.",
            value);
    }
}
