namespace Briefing.Conversations.Ranking;

/// <summary>A verbatim run of one to three sentences of a source paragraph, chosen to answer a question.</summary>
internal sealed record Quote(RankedParagraphText Paragraph, string Text);
