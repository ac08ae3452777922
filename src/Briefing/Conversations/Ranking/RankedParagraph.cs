namespace Briefing.Conversations.Ranking;

/// <summary>A paragraph of one of the sources with its BM25 score and the share of the question's weight it matches.</summary>
internal sealed record RankedParagraph(int Source, int Paragraph, string Text, double Score, double Coverage);
