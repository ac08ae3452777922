namespace Briefing.Bot.Commands;

/// <summary>What a reader can do with a summary once it is shown: the buttons under it on Discord, the console's commands.</summary>
public enum SummaryAction
{
    /// <summary>The same article one length shorter (Detailed → Standard → Short).</summary>
    Shorter,
    /// <summary>The same article one length longer (Short → Standard → Detailed).</summary>
    Longer,
    /// <summary>Only the objections the author weighs, each with its quote and paragraph, shown to the reader alone.</summary>
    Counterpoints,
    /// <summary>The paragraphs the summary cites, in full, shown to the reader alone.</summary>
    Sources,
}
