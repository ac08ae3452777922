namespace Briefing.Articles.Extraction;

/// <summary>The paragraphs left after <see cref="ChromeFilter"/>, and the author a closing bio named (if any).</summary>
internal sealed record CleanedParagraphs(List<string> Paragraphs, string? BioAuthor);
