namespace Briefing.Models;

/// <summary>A span that stands in the article, the paragraph it stands in, and whether it replaced the model's wording.</summary>
internal sealed record VerifiedQuote(string Quote, int Paragraph, bool Reanchored);
