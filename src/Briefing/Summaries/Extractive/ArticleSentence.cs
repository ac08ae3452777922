using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>One sentence of an article with what scoring needs: where it is, its words and its content stems.</summary>
internal sealed record ArticleSentence(
    int Index,
    int Paragraph,
    TextSpan Span,
    string Text,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Terms)
{
    public int WordCount => Words.Count;

    /// <summary>Someone else's words: a quotation, or a sentence inside a quotation that spans sentences.</summary>
    public bool IsReportedSpeech { get; init; } = ReportedSpeech.Matches(Text);

    /// <summary>A bulleted or numbered item ("• The regime gains little …"); its marker is not part of <see cref="Text"/>.</summary>
    public bool IsListItem { get; init; }

    /// <summary>The interviewer's turn in a text set out as "Q:" and "A:": the question put, not the article's argument.</summary>
    public bool IsInterviewerTurn { get; init; }

    public bool IsQuestion => Text.TrimEnd(Closers).EndsWith('?');

    /// <summary>No closing full stop, question or exclamation mark: a caption, heading or list line.</summary>
    public bool IsUnterminated => Text.TrimEnd(Closers) is var core && (core.Length == 0 || !".!?…。！？".Contains(core[^1]));

    private static readonly char[] Closers = ['"', '\'', '”', '’', ')', ']', '»', ' '];
}
