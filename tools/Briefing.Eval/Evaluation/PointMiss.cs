namespace Briefing.Evaluation;

/// <summary>Why a point covers no premise, backing or explicit claim.</summary>
public enum PointMiss
{
    /// <summary>It quotes a rebuttal or a refutation: the author weighs that view, it is not a reason.</summary>
    OpposingView,

    /// <summary>It shares text with a supporting span (straddles its edge or quotes a piece of it) but fails the rule: a boundary miss.</summary>
    OverlapsSupport,

    /// <summary>Another sentence of a paragraph that holds a supporting span: the right section, the wrong sentence.</summary>
    OtherSentenceOfParagraph,

    /// <summary>A sentence of a paragraph that holds no supporting span: the wrong section.</summary>
    ParagraphWithoutSupport,
}
