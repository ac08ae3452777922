namespace Briefing.Models;

/// <summary>Paragraph text with its 1-based number in the article, as shown to the model.</summary>
internal sealed record NumberedParagraph(int Number, string Text);
