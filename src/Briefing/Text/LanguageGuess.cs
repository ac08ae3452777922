namespace Briefing.Text;

/// <summary>
/// Guesses the language of untagged text from its function words, among the languages whose stop words and
/// stemmers are available. Used only when an article carries no language tag; English when unsure.
/// </summary>
public static class LanguageGuess
{
    private static readonly string[] Candidates = ["en", "de", "fr", "es", "it", "nl", "pt"];
    private const int SampleWords = 300;

    // Below this share of stop words no language is convincing (a list, a table, a very short caption).
    private const double MinShare = 0.15;

    public static string Of(IEnumerable<string> lowercaseWords)
    {
        var sample = lowercaseWords.Take(SampleWords).ToList();
        if (sample.Count == 0)
        {
            return "en";
        }
        var best = "en";
        var bestHits = 0;
        foreach (var language in Candidates)
        {
            var isStopWord = StopWords.For(language);
            var hits = sample.Count(isStopWord);
            if (hits > bestHits)
            {
                best = language;
                bestHits = hits;
            }
        }
        return (double)bestHits / sample.Count >= MinShare ? best : "en";
    }
}
