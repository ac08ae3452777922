using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// A sentence that grants the view before it and answers it in the same breath: "That is true, yet X", "True, but
/// X", "That may be so, but X", "Fair enough; but X". It is the author's answer to that view, not an opposing view
/// of its own; the answer is X. English only, like <see cref="DiscourseCues"/>.
/// </summary>
internal static class GrantingReply
{
    // The granting clause is a few words at most: longer, it makes a claim of its own before the contrast.
    private const int MaxGrantWords = 6;

    // A grant standing alone: its granting word within its first words, a qualifier at most after it.
    private const int MaxBareGrantWords = 10;

    // Opening on "That"/"This", it plainly points back at the view, so it may carry a longer qualifier ("That was a fair
    // worry when the regime was testing monthly.") without turning into a claim of its own.
    private const int MaxPointingBareGrantWords = 14;

    private static readonly HashSet<string> PointersBack = ["that", "this"];

    private const int GrantWithin = 4;

    // Shorter than this, what follows the contrast is a tag, not an answer.
    private const int MinAnswerWords = 4;

    private static readonly string[] Contrasts = [", yet ", ", but ", "; yet ", "; but ", " - but ", " – but ", " — but "];

    // Words that make a short clause a grant ("true", "fair enough", "may be so", "a fair point").
    private static readonly HashSet<string> Granting =
    [
        "true", "fair", "granted", "right", "correct", "valid", "so", "enough", "point", "possible", "perhaps", "maybe", "sure",
        "agreed", "yes", "worth", "reasonable", "understandable", "tempting",
    ];

    // The clause points back to the view before it, or is a bare grant ("True, but ...").
    private static readonly HashSet<string> Openers = ["that", "this", "it", "they", "true", "granted", "fair", "perhaps", "maybe", "sure", "yes", "agreed", "all", "a"];

    /// <summary>
    /// A grant that is a sentence of its own ("That was true in 2020.", "Fair enough."): the answer is the sentence after
    /// it. A few words opening on a pointer back, with a granting word and no contrast.
    /// </summary>
    public static bool IsBareGrant(string sentence)
    {
        if (Contrasts.Any(c => sentence.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        // "That was true when the boats burned diesel.": the grant comes first, and may be qualified after it. "It is true
        // that fees deter students" concedes a view of its own: that is a counterpoint, not a bare grant.
        var words = WordTokenizer.Tokenize(sentence);
        if (words.Count <= MaxBareGrantWords && GrantsInOwnVoice(words))
        {
            return true;
        }
        var maxWords = words.Count > 0 && PointersBack.Contains(words[0]) ? MaxPointingBareGrantWords : MaxBareGrantWords;
        return words.Count > 0 && words.Count <= maxWords && BareOpeners.Contains(words[0]) && GrantsFirst(words);
    }

    // The granting word within the first few words, and not opening a view of its own ("true that …").
    private static bool GrantsFirst(List<string> words)
    {
        var grant = words.Take(GrantWithin).ToList().FindIndex(Granting.Contains);
        return grant >= 0 && (grant + 1 >= words.Count || words[grant + 1] != "that");
    }

    // "I don't doubt the result.", "I do not dispute the figures.", "No one doubts that it works.": the author grants in
    // their own voice what was just reported.
    private static bool GrantsInOwnVoice(List<string> words)
    {
        var verb = words switch
        {
            ["i", "don", "t", var v, ..] => v,
            ["i", "do", "not", var v, ..] => v,
            ["no", "one", var v, ..] => v,
            ["nobody", var v, ..] => v,
            _ => null,
        };
        return verb is not null && GrantingVerbs.Contains(verb);
    }

    private static readonly HashSet<string> GrantingVerbs = ["doubt", "doubts", "dispute", "disputes", "deny", "denies", "question", "questions"];

    // Alone, a grant points back ("That was true ...") or is the grant itself ("Fair enough."); "Yes, there is a risk."
    // states the view it grants, so it is a counterpoint.
    private static readonly HashSet<string> BareOpeners = ["that", "this", "it", "true", "fair", "granted", "agreed"];

    /// <summary>Where the answer starts in the sentence (after the contrast word), or -1 when the sentence is no granting reply.</summary>
    public static int AnswerStart(string sentence)
    {
        // The first contrast in the sentence: a grant is its opening clause.
        var (at, length) = Contrasts.Select(c => (At: sentence.IndexOf(c, StringComparison.OrdinalIgnoreCase), c.Length))
            .Where(c => c.At > 0).OrderBy(c => c.At).FirstOrDefault();
        if (at <= 0)
        {
            return -1;
        }
        var grant = WordTokenizer.Tokenize(sentence.AsSpan(0, at));
        var answer = at + length;
        return (IsShortGrant(grant) || IsQualifiedGrant(grant)) && WordTokenizer.CountWords(sentence.AsSpan(answer)) >= MinAnswerWords ? answer : -1;
    }

    private static bool IsShortGrant(List<string> grant) =>
        grant.Count is > 0 and <= MaxGrantWords && Openers.Contains(grant[0]) && grant.Any(Granting.Contains);

    // "That would be true if the council had a plan, but …": pointing back, the grant may carry a condition before the
    // contrast, as a bare grant may (<see cref="IsBareGrant"/>); its granting word still comes first.
    private static bool IsQualifiedGrant(List<string> grant) =>
        grant.Count is > 0 and <= MaxPointingBareGrantWords && PointersBack.Contains(grant[0]) && GrantsFirst(grant);
}
