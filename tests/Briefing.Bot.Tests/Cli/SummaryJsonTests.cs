using System.Text.Json;
using Briefing.Bot.Cli;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.Cli;

/// <summary>
/// <c>summarize --json</c> is read by scripts: its shape must not change. The expected texts were written by the
/// hand-rolled Utf8JsonWriter version, before the output became a record serialized by System.Text.Json.
/// </summary>
public sealed class SummaryJsonTests
{
    private static readonly ArgumentSummary Stored = new()
    {
        Article = new ArticleReference(42, "Seoul's “long game” <& Pyongyang>", "https://example.org/a?x=1&y=2", "Kim Jiwoo",
            new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(9)), "Example Review"),
        Thesis = new SummaryItem("North Korea is playing out the clock.", "Pyongyang is \"waiting\" — for now.", 1),
        Points = [new SummaryItem("Sanctions bite slowly.", "The sanctions bite, slowly.", 2), new SummaryItem("Talks stalled.", "Talks stalled in May.", 4)],
        Counterpoints = [new SummaryItem("China may step in.", "Beijing could\nstep in.", 5)],
        Engine = "extractive",
        FallbackReason = "not written",
    };

    private const string StoredJson =
        """{"article":{"id":42,"title":"Seoul's “long game” <& Pyongyang>","url":"https://example.org/a?x=1&y=2","author":"Kim Jiwoo","published":"2026-03-04T05:06:07.0000000+09:00"},"thesis":{"text":"North Korea is playing out the clock.","quote":"Pyongyang is \"waiting\" — for now.","paragraph":1},"points":[{"text":"Sanctions bite slowly.","quote":"The sanctions bite, slowly.","paragraph":2},{"text":"Talks stalled.","quote":"Talks stalled in May.","paragraph":4}],"counterpoints":[{"text":"China may step in.","quote":"Beijing could\nstep in.","paragraph":5}],"engine":"extractive"}""";

    private const string UnstoredFileJson =
        """{"file":"notes/piece.txt","article":{"id":null,"title":"piece","url":"file:///notes/piece.txt","author":null,"published":null},"thesis":{"text":"T.","quote":"Q.","paragraph":1},"points":[],"counterpoints":[],"engine":"model:small"}""";

    [Fact]
    public void A_stored_summary_is_written_exactly_as_before()
    {
        AssertSameJson(StoredJson, SummaryJson.Write(Stored));
    }

    [Fact]
    public void A_file_summarized_without_store_has_its_file_first_and_a_null_id()
    {
        var summary = new ArgumentSummary
        {
            Article = new ArticleReference(0, "piece", "file:///notes/piece.txt", null, null, null),
            Thesis = new SummaryItem("T.", "Q.", 1),
            Points = [],
            Counterpoints = [],
            Engine = "model:small",
        };

        AssertSameJson(UnstoredFileJson, SummaryJson.Write(summary, "notes/piece.txt"));
    }

    [Fact]
    public void A_failed_file_is_its_name_and_the_error()
    {
        Assert.Equal("""{"file":"a “b”.txt","error":"empty file: no paragraphs"}""", SummaryJson.WriteError("a “b”.txt", "empty file: no paragraphs"));
    }

    // Field by field first (so a difference names the field), then the exact text (order, escaping, spacing).
    private static void AssertSameJson(string expected, string actual)
    {
        Assert.Equal(Fields(JsonDocument.Parse(expected).RootElement, "$"), Fields(JsonDocument.Parse(actual).RootElement, "$"));
        Assert.Equal(expected, actual);
    }

    private static List<string> Fields(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => [.. element.EnumerateObject().SelectMany(p => Fields(p.Value, $"{path}.{p.Name}"))],
        JsonValueKind.Array => [.. element.EnumerateArray().SelectMany((e, i) => Fields(e, $"{path}[{i}]")), $"{path}: {element.GetArrayLength()} items"],
        _ => [$"{path} = {element.ValueKind}:{element}"],
    };
}
