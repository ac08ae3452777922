namespace Briefing.Summaries;

/// <summary>The argument of an article: thesis, supporting points, counterpoints the author weighs.</summary>
public sealed record ArgumentSummary
{
    public required ArticleReference Article { get; init; }
    public required SummaryItem Thesis { get; init; }
    public required IReadOnlyList<SummaryItem> Points { get; init; }
    public required IReadOnlyList<SummaryItem> Counterpoints { get; init; }
    /// <summary><c>extractive</c> or <c>model:&lt;name&gt;</c>.</summary>
    public required string Engine { get; init; }
    /// <summary>Set when the model failed and the extractive engine answered instead.</summary>
    public string? FallbackReason { get; init; }
}
