namespace Briefing.Summaries;

/// <summary>One claim of a summary with its verbatim quote and the 1-based paragraph it comes from.</summary>
public sealed record SummaryItem(string Text, string Quote, int Paragraph);
