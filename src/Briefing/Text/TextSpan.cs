namespace Briefing.Text;

/// <summary>A span of characters in a source string: quotes are cut from the source with it, so they stay verbatim.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Slice(string source) => source.Substring(Start, Length);
}
