namespace Briefing.Conversations.Ranking;

/// <summary>A paragraph of one of the sources with the score of its best sentence and the share of the question's topic weight it carries.</summary>
internal sealed record RankedParagraph(int Source, int Paragraph, string Text, double Score, double Coverage);
