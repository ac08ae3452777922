using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Signals that a sentence states a view the author does not hold: someone else's opinion reported as such
/// ("Several commentators read it as ...", "Supporters point out ..."), or a sentence the next one answers
/// ("... . Yet ...", "... . However, ..."). In an argument such sentences are what the author weighs, not the
/// author's reasons. English only, like <see cref="DiscourseCues"/>.
/// </summary>
internal static class OpposingViews
{
    private static readonly string[][] Rebuttals = Phrases.Split(
        "but", "yet", "however", "nevertheless", "nonetheless", "still", "even so", "that said", "and yet", "but still");

    public static bool IsHolder(string word) => ReportedViews.IsHolder(word);

    public static bool IsOpinionVerb(string word) => ReportedViews.IsOpinionVerb(word);

    /// <summary>1 when the sentence reports a group's opinion ("critics say", "some argue"), else 0.</summary>
    public static double ReportedOpinion(IReadOnlyList<string> words) => ReportedViews.Reports(words) ? 1 : 0;

    /// <summary>
    /// Does the sentence open by answering the one before it ("Yet ...", "However, ...", "And yet ..."), or by
    /// dismissing it ("That fear is overstated", "This argument is mistaken")?
    /// </summary>
    public static bool Answers(IReadOnlyList<string> words) =>
        words.Count > 0 && (Phrases.StartsWithAny([.. words.Take(3)], 0, Rebuttals) > 0 || Dismisses(words));

    /// <summary>
    /// "That/This/Such + view-noun + is/are/was/were + [adverb] + verdict" ("That fear is overstated"): the author names
    /// the view just stated and rejects it.
    /// </summary>
    public static bool Dismisses(IReadOnlyList<string> words)
    {
        if (words.Count < 4 || !Pointers.Contains(words[0]) || !ViewNouns.Contains(words[1]) || !Copulas.Contains(words[2]))
        {
            return false;
        }
        var verdict = Hedges.Contains(words[3]) && words.Count > 4 ? words[4] : words[3];
        return Verdicts.Contains(verdict);
    }

    /// <summary>
    /// "They cannot: there are 40,000 vacancies.", "It does not.", "That won't work.", "The evidence says otherwise.": the
    /// author flatly denies the view just stated, in a clause of a few words that opens on a pronoun and a negated verb or
    /// ends on "otherwise". A reporter quotes the other side; only an author answers it in their own voice like this.
    /// </summary>
    public static bool Contradicts(string sentence)
    {
        var clauseEnd = sentence.IndexOfAny(ClauseEnds);
        var clause = WordTokenizer.Tokenize(clauseEnd > 0 ? sentence.AsSpan(0, clauseEnd) : sentence);
        if (clause.Count <= MaxDenialWords + 1 && SaysOtherwise(clause))
        {
            return true;
        }
        if (clause.Count is < 2 or > MaxDenialWords || !DenyingSubjects.Contains(clause[0]))
        {
            return false;
        }
        // "They cannot", "It does not", "That won't": the negation right after the subject or its auxiliary.
        return clause.Skip(1).Take(3).Any(w => w is "cannot" or "not" or "t" or "never");
    }

    /// <summary>"The evidence says otherwise", "The figures suggest otherwise": the view just stated is contradicted by what the author cites.</summary>
    public static bool SaysOtherwise(IReadOnlyList<string> words) => words.Count >= 3 && words[^1] == "otherwise";

    private const int MaxDenialWords = 5;

    private static readonly char[] ClauseEnds = [':', ';', ',', '.', '!', '—', '–'];

    private static readonly HashSet<string> DenyingSubjects = ["they", "it", "that", "this", "he", "she"];

    private static readonly HashSet<string> Pointers = ["that", "this", "such", "these", "those", "the"];
    private static readonly HashSet<string> ViewNouns =
        ["fear", "fears", "claim", "claims", "argument", "arguments", "worry", "worries", "objection", "objections", "view", "views",
         "concern", "concerns", "criticism", "reasoning", "idea", "notion", "assumption", "logic", "case", "charge"];
    private static readonly HashSet<string> Copulas = ["is", "are", "was", "were", "seems", "looks"];
    private static readonly HashSet<string> Hedges = ["simply", "largely", "mostly", "badly", "plainly", "clearly", "greatly", "wildly", "deeply", "also"];
    private static readonly HashSet<string> Verdicts =
        ["overstated", "wrong", "mistaken", "misplaced", "exaggerated", "unfounded", "false", "misguided", "misleading", "flawed",
         "overblown", "weak", "untrue", "confused", "backwards", "hollow", "unconvincing", "premature"];
}
