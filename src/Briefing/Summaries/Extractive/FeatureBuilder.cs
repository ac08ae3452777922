using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>Segments an article and computes every sentence's scoring signals.</summary>
internal static class FeatureBuilder
{
    public static List<SentenceFeatures> Build(Article article)
    {
        // Ingestion tags most articles; untagged text is guessed from its function words.
        var language = article.Language ?? LanguageGuess.Of(article.Paragraphs.SelectMany(p => WordTokenizer.Tokenize(p ?? string.Empty)));
        var stemmer = WordStemmer.For(language);
        var isStopWord = StopWords.For(language);
        var english = LanguageCodes.IsEnglish(language);
        var sentences = SentenceExtractor.Extract(article, stemmer, isStopWord);
        var vectorizer = new TfIdfVectorizer();
        foreach (var sentence in sentences)
        {
            vectorizer.Observe(sentence.Terms);
        }
        var vectors = sentences.Select(s => vectorizer.Vectorize(s.Terms)).ToList();
        var title = vectorizer.Vectorize(SentenceExtractor.Terms(WordTokenizer.Tokenize(article.Title ?? string.Empty), stemmer, isStopWord));
        var centrality = LexRank.Score(vectors);
        // Captions and headings lack a closing full stop; when most sentences have one, those that do not are
        // picture captions or page furniture ("Scroll down for video"), not the writer's prose.
        var mostlyTerminated = sentences.Count(s => !s.IsUnterminated) * 2 > sentences.Count;
        var features = new List<SentenceFeatures>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var words = sentences[i].Words;
            features.Add(new SentenceFeatures(
                sentences[i],
                vectors[i],
                centrality[i],
                title.IsEmpty ? 0 : title.Cosine(vectors[i]),
                english ? DiscourseCues.ThesisStrength(words) * (sentences[i].IsReportedSpeech ? 0.2 : 1) : 0,
                english ? DiscourseCues.SupportStrength(words) : 0,
                english ? DiscourseCues.ConcessionStrength(words) : 0,
                mostlyTerminated && sentences[i].IsUnterminated,
                english ? OpposingViews.ReportedOpinion(words) : 0,
                english && i + 1 < sentences.Count && (OpposingViews.Answers(sentences[i + 1].Words) || GrantingReply.AnswerStart(sentences[i + 1].Text) >= 0
                    || (OpposingViews.ReportedOpinion(words) > 0 && sentences[i + 1].Paragraph == sentences[i].Paragraph && OpposingViews.Contradicts(sentences[i + 1].Text))),
                english && ExplicitOpposition.Matches(words, OpposingViews.ReportedOpinion(words)),
                english && DebateFrame.Matches(words),
                english && DanglingReference.Opens(words)));
        }
        if (english)
        {
            Signposts.Resolve(features);
        }
        return features;
    }
}
