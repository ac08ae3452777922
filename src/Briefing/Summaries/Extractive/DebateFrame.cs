namespace Briefing.Summaries.Extractive;

/// <summary>
/// A sentence about the debate rather than a move in it: "The debate over school prayer has run for decades.",
/// "There is a lot of heated rhetoric about the ban.", "It is a phenomenon known as redshirting." It frames the
/// question or names the topic; it gives no reason for the author's claim. English only, like
/// <see cref="DiscourseCues"/>.
/// </summary>
internal static class DebateFrame
{
    private static readonly Cue[] Markers =
    [
        Cue.Anywhere("debate", 1.0), Cue.Anywhere("debates", 1.0), Cue.Anywhere("controversy", 1.0),
        Cue.Anywhere("controversial", 1.0), Cue.Anywhere("rhetoric", 1.0), Cue.Anywhere("known as", 1.0),
        Cue.Anywhere("a phenomenon", 1.0),
    ];

    public static bool Matches(IReadOnlyList<string> words) => Markers.Any(m => m.MatchAt(words) >= 0);
}
