using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Turns a quoted sentence into a shorter readable claim (the item's <c>Text</c>; its <c>Quote</c> stays verbatim):
/// drops wire datelines ("Boston (CNN)"), short bracketed and dash-enclosed asides, non-restrictive relative
/// clauses, scene-setting openers ("On Tuesday,"), a leading sentence adverb ("Worryingly,"), trailing
/// elaborations (", including ...") and attributions ("..., police said."), and the second clause of a very
/// long sentence. Nothing is rewritten, only cut; if too little would remain, the claim is kept whole.
/// </summary>
internal static partial class ClaimCompressor
{
    private const int MinWordsLeft = 6;

    public static string Compress(string claim)
    {
        var text = Dateline().Replace(claim, string.Empty);
        text = ShortBrackets().Replace(text, " ");
        text = DashAside().Replace(text, " ");
        text = RelativeClause().Replace(text, "$1");
        text = LeadingPhrase().Replace(text, string.Empty);
        text = TrailingElaboration().Replace(text, "$1.");
        text = LeadingAdverb().Replace(text, string.Empty);
        text = TrailingAttribution().Replace(text, "$1.");
        text = Spaces().Replace(text, " ").Trim();
        text = CutLongClause(text);
        text = text.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);
        if (Briefing.Text.WordTokenizer.CountWords(text) < MinWordsLeft)
        {
            return claim;
        }
        return text.Length > 0 && char.IsLower(text[0]) ? new StringBuilder(text) { [0] = char.ToUpperInvariant(text[0]) }.ToString() : text;
    }

    // A long sentence keeps its first clause when a coordinated second clause starts after enough words.
    private static string CutLongClause(string text)
    {
        if (Briefing.Text.WordTokenizer.CountWords(text) <= LongSentenceWords)
        {
            return text;
        }
        var match = ClauseBreak().Match(text, Math.Min(text.Length, 80));
        return match.Success ? text[..match.Index] + "." : text;
    }

    private const int LongSentenceWords = 30;

    [GeneratedRegex(@"(?:,\s+(?:and|but|while|whereas|although|though|as|after|before|because|which|who)\s|;\s|\s[–—-]\s)")]
    private static partial Regex ClauseBreak();

    // "Boston (CNN)", "LONDON (Reuters) -": a wire-service dateline, not part of the claim.
    [GeneratedRegex(@"^(?:[A-Z][\w.,' ]{0,40}\s?)?\((?:CNN|Reuters|AP|AFP|UPI|dpa)\)\s*(?:[-–—]\s*)?")]
    private static partial Regex Dateline();

    // Up to eight words in brackets: a source tag, a picture note or an aside, not the claim itself.
    [GeneratedRegex(@"\s*\((?:[^()\s]+\s?){1,8}\)\s*")]
    private static partial Regex ShortBrackets();

    [GeneratedRegex(@"\s+(?:–|—|--|-)\s+(?:[^–—\-.!?]+?)\s+(?:–|—|--|-)\s+")]
    private static partial Regex DashAside();

    // Also a one-word caption label ("Accused: ", "Pictured: ").
    // Any -ly word with its comma ("Worryingly, X" frames X); without one, only the stance adverbs writers open on
    // ("Clearly the landlord must pay"), since "Only 1.2 GW ...", "Italy has ..." and "Family doctors ..." begin the claim.
    [GeneratedRegex(@"^(?:[A-Z][a-z]+ly,\s+|(?:However|Meanwhile|Now|But|And|So|Indeed|Still|Admittedly|Clearly|Surely|Certainly|Obviously|Undoubtedly|Arguably|Evidently|Apparently|Presumably|Probably|Naturally|Fortunately|Unfortunately|Finally|Ultimately|Consequently|Additionally|Similarly|Accordingly|Frankly|Honestly|Hopefully|Importantly|Especially|Notably|Ideally|Basically|Essentially),?\s+|[A-Z][a-z]+:\s+(?=[A-Z]))")]
    private static partial Regex LeadingAdverb();

    [GeneratedRegex(@"^(.{30,}?),\s+(?:[^,]{0,60}?\s)?(?:said|says|told|added|found|claimed|reported|revealed|warned|explained|insisted|admitted|confirmed|announced|stated|according to)(?:\s[^,]{0,60})?[.!]?[""'’”]?$")]
    private static partial Regex TrailingAttribution();

    // A non-restrictive relative clause between commas (", who is of Afghani origin,") is background, not the claim.
    [GeneratedRegex(@",\s+(?:who|which|whose|where)\s+[^,;:.!?""“”]{3,90},(\s)")]
    private static partial Regex RelativeClause();

    // "In a nod to its heritage, the brand ..." / "On Tuesday, ...": scene-setting before the subject.
    [GeneratedRegex(@"^(?:In|On|At|After|Before|During|Following|Under|Despite|Since|Earlier|Last|This)\s+[^,;:.!?]{2,50},\s+")]
    private static partial Regex LeadingPhrase();

    // ", turning the region into ...", ", including ...": a trailing elaboration of a claim already made.
    // Not when the sentence's verb comes after it: in "a small offer, such as an aid channel, would test X" the
    // "such as" phrase sits inside the subject, and cutting there leaves "a small offer".
    [GeneratedRegex(@"^(.{40,}?),\s+(?:including|such as|as well as|with|(?!during|nothing|something|anything|everything|morning|evening|building|meeting|wedding)[a-z]+ing)\s(?:(?!,\s+(?:would|will|can|could|should|may|might|must|is|are|was|were|has|have|had|does|do|did)\s)[^;:!?]){3,160}?[.!]?[""'’”]?$")]
    private static partial Regex TrailingElaboration();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
