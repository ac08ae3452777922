using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Words_are_lowercase_alphanumeric_runs()
    {
        Assert.Equal(["the", "u", "s", "economy", "grew", "3", "5", "in", "q2", "don", "t", "panic", "café"],
            WordTokenizer.Tokenize("The U.S. economy grew 3.5% in Q2 -- don't panic, Café!"));
    }

    [Fact]
    public void Spans_point_at_the_words_in_the_source()
    {
        var text = "  Hello, world ";

        var spans = WordTokenizer.Spans(text);

        Assert.Equal(["Hello", "world"], spans.Select(s => s.Slice(text)));
    }

    [Fact]
    public void Stemmer_reduces_inflections_for_english_and_passes_unknown_languages_through()
    {
        var english = WordStemmer.For("en-GB");
        Assert.Equal(english.Stem("arguing"), english.Stem("argued"));
        Assert.Equal("connect", english.Stem("connections"));
        Assert.Equal("häuser", WordStemmer.For("xx").Stem("häuser"));
        Assert.Equal(WordStemmer.For("de").Stem("häuser"), WordStemmer.For("de").Stem("haus"));
    }

    [Fact]
    public void Stop_words_follow_the_language()
    {
        Assert.True(StopWords.IsEnglishStopWord("the"));
        Assert.False(StopWords.IsEnglishStopWord("treaty"));
        Assert.True(StopWords.For("de")("und"));
        Assert.False(StopWords.For("en")("und"));
    }

    [Fact]
    public void Tfidf_cosine_is_one_for_identical_and_zero_for_disjoint_sentences()
    {
        var vectorizer = new TfIdfVectorizer();
        string[] a = ["treaty", "sign"], b = ["treaty", "sign"], c = ["rain", "cold"];
        vectorizer.Observe(a);
        vectorizer.Observe(b);
        vectorizer.Observe(c);

        Assert.Equal(1.0, vectorizer.Vectorize(a).Cosine(vectorizer.Vectorize(b)), 6);
        Assert.Equal(0.0, vectorizer.Vectorize(a).Cosine(vectorizer.Vectorize(c)), 6);
    }

    [Theory]
    [InlineData("The council will vote on the budget and the plan for the new bridge next week.", "en")]
    [InlineData("Die Stadt sollte mehr Radwege bauen, weil immer mehr Menschen mit dem Rad zur Arbeit fahren.", "de")]
    [InlineData("La ville devrait construire plus de pistes cyclables pour les habitants et les visiteurs.", "fr")]
    [InlineData("12 34 56 78", "en")]
    public void Untagged_text_is_assigned_the_language_of_its_function_words(string text, string expected)
    {
        Assert.Equal(expected, LanguageGuess.Of(WordTokenizer.Tokenize(text)));
    }
}
