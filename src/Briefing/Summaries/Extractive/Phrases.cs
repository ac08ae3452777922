using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>Matching of lowercase multi-word phrases against a sentence's words.</summary>
internal static class Phrases
{
    public static string[] Lower(string sentence, List<TextSpan> words) =>
        [.. words.Select(w => sentence.Substring(w.Start, w.Length).ToLowerInvariant())];

    public static int StartsWithAny(string[] lower, int at, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > lower.Length)
            {
                continue;
            }
            var matched = true;
            for (var k = 0; k < phrase.Length && matched; k++)
            {
                matched = lower[at + k] == phrase[k];
            }
            if (matched)
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    public static string[][] Split(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];
}
