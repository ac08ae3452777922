namespace Briefing.Discord.Messages;

/// <summary>A fenced code block: from its opening fence to just after its closing fence (or the text's end).</summary>
internal sealed record CodeBlock(int Start, int ContentStart, int End, string Language)
{
    /// <summary>What a piece that continues this block starts with.</summary>
    public string ReopenFence => "```" + Language + "\n";
}
