using System.Text.Json.Serialization;
using Briefing.Summaries;

namespace Briefing.Bot.Cli;

/// <summary>
/// One line of <c>summarize --json</c>, in its field order: <c>file</c> (only for <c>--dir</c>), the article, thesis,
/// points, counterpoints and engine.
/// </summary>
internal sealed record SummaryJsonDocument(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File,
    SummaryJsonArticle Article,
    SummaryItem Thesis,
    IReadOnlyList<SummaryItem> Points,
    IReadOnlyList<SummaryItem> Counterpoints,
    string Engine);

/// <summary>The article of a <see cref="SummaryJsonDocument"/>: <c>id</c> is null for a file summarized without <c>--store</c>; <c>published</c> is round-trip ("O") text.</summary>
internal sealed record SummaryJsonArticle(long? Id, string Title, string Url, string? Author, string? Published);

/// <summary>A file of a <c>--dir</c> run that could not be summarized.</summary>
internal sealed record SummaryJsonError(string File, string Error);
