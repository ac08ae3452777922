using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>The signals scoring combines for one sentence; cue strengths are zero for non-English text.</summary>
internal sealed record SentenceFeatures(
    ArticleSentence Sentence,
    SparseVector Vector,
    double Centrality,
    double TitleSimilarity,
    double ThesisCue,
    double SupportCue,
    double ConcessionCue,
    bool LooksLikeCaption)
{
    public int Index => Sentence.Index;
}
