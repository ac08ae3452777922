using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Digests;

/// <summary>
/// Which way a piece argues, read from its title and opening sentences (where an op-ed states its thesis): +1 for, −1
/// against, 0 when no side shows. A sentence scores its evaluative cues ("works", "a mistake", "harms"), each flipped by
/// a negation just before it ("is not working"), and its advocacy ("should", "must"), flipped by a negation right after
/// it ("should not", "shouldn't") and turned by the verb it governs ("should cut" opposes "should raise"). A sentence
/// that opens with an action ("Raising the tax would be reckless", "Scrap the tariffs") applies its verdict to that
/// action's direction. English cues only: another language reads as 0 and is never called opposing.
/// </summary>
public static partial class ArgumentStance
{
    private const int OpeningSentences = 2;
    private const int NegationReach = 3;

    private static readonly HashSet<string> For = new(StringComparer.Ordinal)
    {
        "deserve", "deserves", "right", "works", "worked", "good", "wise",
        "benefit", "benefits", "boost", "boosts", "improve", "improves", "improved", "help", "helps", "helped", "succeed",
        "succeeds", "succeeded", "success", "overdue", "necessary", "essential", "worth", "welcome", "pays", "win", "wins",
        "strengthen", "strengthens", "protect", "protects", "save", "saves", "effective", "sensible", "justified",
        "helping", "boosting", "improving", "protecting", "saving",
    };

    private static readonly HashSet<string> Against = new(StringComparer.Ordinal)
    {
        "harm", "harms", "hurt", "hurts", "fail", "fails", "failed", "failure", "wrong", "bad", "mistake", "misguided",
        "dangerous", "reckless", "costly", "waste", "backfire", "backfires", "undermine", "undermines", "weaken", "weakens",
        "threaten", "threatens", "flawed", "folly", "oppose", "reject", "doomed", "risky", "unfair", "error", "damage",
        "damages", "useless", "overblown", "premature", "ineffective",
        "hurting", "harming", "failing", "undermining", "weakening", "threatening", "damaging",
    };

    private static readonly HashSet<string> More = new(StringComparer.Ordinal)
    {
        "raise", "raising", "increase", "increasing", "expand", "expanding", "extend", "extending", "allow", "allowing",
        "legalize", "legalise", "adopt", "adopting", "introduce", "build", "building", "more", "keep", "keeping", "lift", "grow", "raises", "increases", "expands", "extends", "allows", "adopts", "introducing",
    };

    private static readonly HashSet<string> Less = new(StringComparer.Ordinal)
    {
        "cut", "cuts", "cutting", "reduce", "reducing", "lower", "lowering", "curb", "curbing", "limit", "limiting", "ban",
        "banning", "scrap", "scrapping", "abolish", "abolishing", "end", "ending", "shrink", "slash", "fewer", "less", "repeal",
        "halt", "stop", "stopping", "drop", "dropping", "restrict", "restricting", "bans", "limits", "curbs", "scraps", "ends",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "should", "must", "ought", "need", "needs" };

    // Between a modal and the verb it governs: "should not be allowed to raise", "must now cut".
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "not", "never", "to", "be", "now", "also", "still", "urgently", "finally", "simply" };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "nor", "hardly", "neither", "nothing" };

    public static int Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var lede = article.Paragraphs.Count == 0 ? string.Empty : article.Paragraphs[0];
        var opening = SentenceSegmenter.Segment(lede).Take(OpeningSentences).Select(s => s.Slice(lede));
        // The title speaks for the piece: it counts twice.
        var score = 2 * Score(article.Title) + opening.Sum(Score);
        return Math.Sign(score);
    }

    /// <summary>−1, 0 or +1 for one sentence.</summary>
    public static int Score(string sentence)
    {
        var words = Words(sentence);
        if (words.Count == 0)
        {
            return 0;
        }

        // The action a verdict is about comes before it: "Raising the tax would be reckless", "School phone bans work".
        var subject = 0;
        var verdict = 0;
        var advocacy = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var (word, negated) = words[i];
            if (Modals.Contains(word))
            {
                advocacy += Advocacy(words, i);
            }
            else if (For.Contains(word) || Against.Contains(word))
            {
                var cue = For.Contains(word) ? 1 : -1;
                var before = words.Skip(Math.Max(0, i - NegationReach)).Take(Math.Min(i, NegationReach));
                verdict += negated || before.Any(w => w.Negated || Negations.Contains(w.Word)) ? -cue : cue;
            }
            else if (verdict == 0 && advocacy == 0 && subject == 0)
            {
                subject = Direction(word);
            }
        }

        var evaluation = Math.Sign(verdict) * (subject == 0 ? 1 : subject) + advocacy;
        // "Raise the minimum wage": an imperative title or opening is itself the stance.
        return evaluation == 0 && verdict == 0 ? Direction(words[0].Word) : Math.Sign(evaluation);
    }

    private static int Advocacy(List<(string Word, bool Negated)> words, int modal)
    {
        var polarity = words[modal].Negated ? -1 : 1;
        for (var j = modal + 1; j < words.Count && j <= modal + NegationReach + 1; j++)
        {
            var word = words[j].Word;
            if (Negations.Contains(word))
            {
                polarity = -polarity;
                continue;
            }

            if (Fillers.Contains(word))
            {
                continue;
            }

            var direction = Direction(word);
            return direction == 0 ? polarity : polarity * direction;
        }

        return polarity;
    }

    private static int Direction(string word) => More.Contains(word) ? 1 : Less.Contains(word) ? -1 : 0;

    // "won't" reads as "will" negated, "shouldn't" as "should" negated; curly apostrophes count too.
    private static List<(string Word, bool Negated)> Words(string sentence)
    {
        var words = new List<(string, bool)>();
        foreach (Match match in Word().Matches(sentence.ToLowerInvariant().Replace('\u2019', '\'')))
        {
            var word = match.Value;
            if (word.EndsWith("n't", StringComparison.Ordinal))
            {
                var stem = word[..^3];
                words.Add((stem switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => stem }, true));
            }
            else
            {
                words.Add((word.Trim('\''), false));
            }
        }

        return words;
    }

    [GeneratedRegex(@"[a-z][a-z']*")]
    private static partial Regex Word();
}
