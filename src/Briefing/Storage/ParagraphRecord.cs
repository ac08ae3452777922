namespace Briefing.Storage;

/// <summary>One stored paragraph (1-based position).</summary>
internal sealed class ParagraphRecord
{
    public long ArticleId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
}
