namespace Briefing.Text;

/// <summary>
/// Capitalised words that typically open an English sentence. Used where punctuation is missing or ambiguous:
/// after an abbreviation that may close a sentence, and inside run-ons such as Daily Mail captions
/// ("... of sexual assault A senior doctor ...").
/// </summary>
internal static class SentenceOpeners
{
    private static readonly HashSet<string> Words = new(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "You", "This", "That", "These", "Those", "His", "Her",
        "Their", "Its", "Our", "My", "More", "Most", "Some", "Many", "But", "However", "Now", "When", "After",
        "Before", "In", "On", "At", "As", "If", "There", "Mr", "Mrs", "Ms", "Dr", "Police", "Officers", "Experts",
        "Scientists", "Researchers", "One", "Two", "Three", "Both", "Last", "Earlier", "Yesterday", "Today",
        "Meanwhile", "Speaking", "According", "Pictured", "Scroll", "Video", "Photo", "Image", "Click",
    ], StringComparer.Ordinal);

    public static bool Contains(ReadOnlySpan<char> word)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
