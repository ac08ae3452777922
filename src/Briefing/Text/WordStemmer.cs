using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Briefing.Text;

/// <summary>
/// Snowball stemming (Lucene.Net's generated stemmers) for English and the main European languages; other
/// languages pass through unchanged. Not thread-safe: create one per summary (it memoises stems of that text).
/// </summary>
public sealed class WordStemmer
{
    private readonly SnowballProgram? _program;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    private WordStemmer(SnowballProgram? program) => _program = program;

    public static WordStemmer For(string? language) => new(LanguageCodes.Primary(language) switch
    {
        "en" => new EnglishStemmer(),
        "de" => new GermanStemmer(),
        "fr" => new FrenchStemmer(),
        "es" => new SpanishStemmer(),
        "it" => new ItalianStemmer(),
        "nl" => new DutchStemmer(),
        "pt" => new PortugueseStemmer(),
        "sv" => new SwedishStemmer(),
        "da" => new DanishStemmer(),
        "no" or "nb" or "nn" => new NorwegianStemmer(),
        "fi" => new FinnishStemmer(),
        "ru" => new RussianStemmer(),
        _ => null,
    });

    /// <summary>The stem of a lowercase word.</summary>
    public string Stem(string word)
    {
        if (_program is null || word.Length < 3)
        {
            return word;
        }
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }
        _program.SetCurrent(word);
        _program.Stem();
        var stem = _program.Current;
        _cache[word] = stem;
        return stem;
    }
}
