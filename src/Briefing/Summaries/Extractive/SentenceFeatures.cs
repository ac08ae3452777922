using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// The signals scoring combines for one sentence; cue strengths are zero for non-English text. ReportedOpinion is
/// a group's view reported as theirs; AnsweredNext means the next sentence opens by answering this one; ExplicitOpposition that the sentence plainly
/// states a view the author weighs (see <see cref="Extractive.ExplicitOpposition"/>); FramesDebate that it is about the
/// debate rather than a move in it (see <see cref="DebateFrame"/>); DanglingReference that it opens on a pronoun
/// pointing back to the sentence before (see <see cref="Extractive.DanglingReference"/>).
/// </summary>
internal sealed record SentenceFeatures(
    ArticleSentence Sentence,
    SparseVector Vector,
    double Centrality,
    double TitleSimilarity,
    double ThesisCue,
    double SupportCue,
    double ConcessionCue,
    bool LooksLikeCaption,
    double ReportedOpinion,
    bool AnsweredNext,
    bool ExplicitOpposition,
    bool FramesDebate = false,
    bool DanglingReference = false)
{
    public int Index => Sentence.Index;
}
