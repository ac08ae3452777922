using System.Text.RegularExpressions;

namespace Briefing.Conversations.Ranking;

/// <summary>
/// A sentence that opens by giving a view to others ("Some argue that …", "Critics say …", "Supporters point out …").
/// Quoted alone, an answer would present that view as the article's; authors state such a view to answer it, and the
/// answer usually follows in the next sentence.
/// </summary>
internal static partial class AttributedView
{
    public static bool Opens(string sentence) => Pattern().IsMatch(sentence);

    // Who holds the view, then (within a few words) a verb that reports it, at the start of the sentence after an
    // optional connective ("Of course, some argue …").
    [GeneratedRegex(
        @"^\W*(?:(?:of course|admittedly|still|yet|but|now|true|granted|to be sure|on the other hand)\W+)?(?:some|many|critics|opponents|supporters|proponents|sceptics|skeptics|detractors|advocates|others|defenders|champions)\b(?:\W+\w+){0,3}?\W+(?:argue|argues|argued|say|says|said|claim|claims|claimed|contend|contends|insist|insists|point out|points out|suggest|suggests|believe|believes|worry|worries|fear|fears|warn|warns|object|objects)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
