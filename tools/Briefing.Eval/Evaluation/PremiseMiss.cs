namespace Briefing.Evaluation;

/// <summary>Why no point covers a gold premise.</summary>
public enum PremiseMiss
{
    /// <summary>The thesis quotes it (a thesis is not a point).</summary>
    QuotedAsThesis,

    /// <summary>A counterpoint quotes it.</summary>
    QuotedAsCounterpoint,

    /// <summary>One body sentence would cover it: the engine chose other sentences, or ran out of points.</summary>
    SentenceWouldCover,

    /// <summary>No single sentence covers it: the span is cut across sentences in a way no quote matches.</summary>
    NoSentenceCovers,
}
