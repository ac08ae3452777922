namespace Briefing.Conversations.Ranking;

/// <summary>
/// A sentence of one source paragraph, scored against a question. <see cref="Index"/> is its place among the
/// paragraph's sentences, so the sentences around it can be quoted with it; <see cref="Cues"/> counts the
/// words that give the kind of answer the question asks for (a reason, a forecast, a name...); <see cref="Words"/>
/// are its lowercase words.
/// </summary>
internal sealed record RankedSentence(RankedParagraphText Paragraph, int Index, double Score, int Cues, IReadOnlyList<string> Words);
