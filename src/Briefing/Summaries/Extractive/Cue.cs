namespace Briefing.Summaries.Extractive;

/// <summary>A discourse marker as lowercase words, its weight, and whether it only counts at the sentence start.</summary>
internal sealed record Cue(string[] Words, double Weight, bool AtStart)
{
    public static Cue Anywhere(string phrase, double weight) => new(phrase.Split(' '), weight, false);

    public static Cue Opening(string phrase, double weight) => new(phrase.Split(' '), weight, true);

    /// <summary>The word index where the cue matches, or -1. Opening cues may follow up to two leading words ("But in short").</summary>
    public int MatchAt(IReadOnlyList<string> words)
    {
        var last = AtStart ? Math.Min(2, words.Count - Words.Length) : words.Count - Words.Length;
        for (var start = 0; start <= last; start++)
        {
            var matched = true;
            for (var k = 0; k < Words.Length && matched; k++)
            {
                matched = words[start + k] == Words[k];
            }
            if (matched)
            {
                return start;
            }
        }
        return -1;
    }
}
