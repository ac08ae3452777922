namespace Briefing.Summaries.Extractive;

/// <summary>
/// Picks supporting points by maximal marginal relevance: each next point is the best mix of its own score and its
/// distance from what is already chosen, thesis included. A report's points lean on its lead; an argument's on
/// reasons: sentences related to the thesis, marked as support, and neither the context the piece opens with nor a
/// view the author reports or answers. Points come back in the order they were chosen, the most valuable first.
/// A long piece that explains in sections may get more than the usual number, each extra one only if it clears a bar;
/// in a piece in sections the points come one to a section, and not from the section that states the thesis.
/// </summary>
internal static class PointSelector
{
    private const double Relevance = 0.7;
    private const double NewsLead = 1.0;
    private const double ArgumentLead = 0.35;

    // Paragraphs from which a piece counts as written in sections, and what a second point from one section costs: a
    // section makes one move, and its other sentences mostly develop, illustrate or restate it (the long-form dev set's
    // gold premises come one to a paragraph far more often than two).
    private const int SectionedFrom = 6;
    private const double SectionRepeat = 0.3;

    // What a point from the thesis's own paragraph costs on top of that in a piece in sections: that paragraph states
    // the claim and frames it (the question, the scene, the stakes); the reasons are argued in the other sections.
    private const double ThesisSection = 0.3;

    private const double DebateFramePenalty = 0.3;

    private const double DanglingPenalty = 0.3;

    private const double QuotedInArgument = 0.2;

    // What a point past the shape's usual number must still be worth (its MMR value): about what a sentence of
    // middling centrality earns with no cue against it and little in common with the points already chosen.
    private const double ExtraPointValue = 0.2;

    public static List<int> Choose(IReadOnlyList<SentenceFeatures> features, int thesis, ISet<int> taken, SummaryShape shape, double argumentativeness)
    {
        var chosen = new List<SentenceFeatures> { features[thesis] };
        var points = new List<int>();
        var context = OpeningContext.End(features, thesis);
        // An announcement ("The thesis of this piece is simple.") says nothing by itself: the claim it announces can be a point.
        // A plainly stated opposing view is something the author weighs, not one of the author's reasons (in news it is
        // part of the story).
        // In a piece that clearly argues, the context it opens with (the news hook) sets the scene; it is never a reason. An
        // opening that tells no news ("Every city that banned cars has had to lift the ban.") may be the first reason.
        var hookIsContext = argumentativeness >= ThesisSelector.ClearlyArgues;
        // A heading or caption (an unterminated line in prose that ends its sentences) is never a point, even when the
        // text has too few sentences to fill the count.
        // Nor is an interviewer's question ("Q: Why now?"): the answers are the interview's moves.
        var candidates = features.Where(f => f.Index != thesis && !taken.Contains(f.Index) && !Signposts.StatesNothing(f.Sentence) && !f.LooksLikeCaption
            && !(f.Sentence.IsInterviewerTurn && f.Sentence.IsQuestion)
            && !(hookIsContext && f.Index < context && OpeningContext.TellsNews(f.Sentence))
            && !(f.ExplicitOpposition && argumentativeness >= ExtractiveSummarizer.ArguesFrom && features.Count > CounterpointSelector.ShortArgument)).ToList();
        var sectioned = features[^1].Sentence.Paragraph >= SectionedFrom;
        // A long piece in sections that explains or reports (few stance markers) states a distinct move in each
        // section, so it may get more points. A piece that argues in sections keeps the usual number: past it, its
        // sentences are mostly the author's story, hedges and restatements of the claim (on the long-form dev set a
        // fifth or sixth point there covered a premise about one time in twelve).
        var count = sectioned && argumentativeness < ExtractiveSummarizer.ArguesFrom ? shape.PointsInSections : shape.Points;
        var scores = candidates.ToDictionary(f => f.Index, f => Score(f, features[thesis], f.Index < context, argumentativeness));
        var stems = candidates.Append(features[thesis]).ToDictionary(f => f.Index, f => Restatement.Stems(f.Sentence));
        while (points.Count < count && candidates.Count > 0)
        {
            SentenceFeatures? best = null;
            var bestValue = double.MinValue;
            // A sentence that restates a point already chosen (or the thesis) is never a point of its own.
            foreach (var candidate in candidates.Where(c => !chosen.Any(p => Restatement.Restates(stems[p.Index], stems[c.Index]))))
            {
                var redundancy = chosen.Max(c => c.Vector.Cosine(candidate.Vector));
                // A long piece argues in sections: a second point from a paragraph already used usually restates it.
                var sameSection = !sectioned ? 0
                    : (chosen.Any(c => c.Sentence.Paragraph == candidate.Sentence.Paragraph) ? SectionRepeat : 0)
                        + (candidate.Sentence.Paragraph == features[thesis].Sentence.Paragraph ? ThesisSection : 0);
                var value = Relevance * scores[candidate.Index] - (1 - Relevance) * redundancy - sameSection;
                if (value > bestValue)
                {
                    best = candidate;
                    bestValue = value;
                }
            }
            if (best is null || (points.Count >= shape.Points && bestValue < ExtraPointValue))
            {
                break;
            }
            chosen.Add(best);
            points.Add(best.Index);
            candidates.Remove(best);
        }
        return points;
    }

    private static double Score(SentenceFeatures f, SentenceFeatures thesis, bool isContext, double argumentativeness)
    {
        var a = argumentativeness;
        var argues = a >= ExtractiveSummarizer.ArguesFrom;
        var lead = 1.0 / (1.0 + f.Index / 3.0);
        // News is written lead-first (an inverted pyramid: each sentence adds less than the one before), so a report's
        // points lean on the lead three times as much as on centrality. An argument's reasons are spread through its
        // body, and its opening is often a news hook: there the lead keeps only a trace of its weight.
        var leadWeight = argues ? ArgumentLead * (1 - a) : 0.35 + NewsLead * (1 - a);
        // The argument signals below count only once the text argues: a report's points are chosen as before.
        var stance = argues ? 1 : 0;
        // In an argument a second sentence with the author's stance markers ("I believe", "in conclusion") mostly
        // restates the thesis: the reasons are the sentences marked as support.
        var score = 0.45 * f.Centrality + leadWeight * lead + 0.2 * f.TitleSimilarity + (0.15 - 0.3 * stance) * f.ThesisCue
            + (0.1 + 0.3 * stance) * f.SupportCue + 0.3 * stance * thesis.Vector.Cosine(f.Vector);
        // What the author weighs rather than asserts belongs with the counterpoints: a concession, a group's reported
        // opinion, a sentence the next one answers ("... . Yet ..."). The opening context sets the scene for the claim.
        // A sentence about the debate itself ("The debate over X has run for years.") frames the question; it is
        // no more a reason than the opening context.
        score -= stance * (0.4 * Math.Min(1.0, f.ConcessionCue) + 0.4 * f.ReportedOpinion + 0.3 * (f.AnsweredNext ? 1 : 0) + (isContext ? 0.4 : 0)
            + (f.FramesDebate ? DebateFramePenalty : 0));
        var words = f.Sentence.WordCount;
        if (f.Sentence.IsQuestion)
        {
            score -= 0.3;
        }
        if (f.LooksLikeCaption)
        {
            score -= 1.0;
        }
        // "It should not be sold as X.": alone, as an item, it does not say what it is about; a sentence that names
        // its subject is the better point when there is one.
        if (f.DanglingReference)
        {
            score -= DanglingPenalty;
        }
        // Someone else's quoted words: in a report they are the story; in an argument they are the speaker's view, which
        // the author may cite but which is not the author's own move.
        if (f.Sentence.IsReportedSpeech)
        {
            score -= 0.1 + (stance * QuotedInArgument);
        }
        if (words < 6)
        {
            score -= 0.3;
        }
        else if (words > 20)
        {
            score -= 0.02 * (words - 20);
        }
        return score;
    }
}
