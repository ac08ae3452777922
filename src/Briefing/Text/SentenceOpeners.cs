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
        "Furthermore", "Moreover", "Also", "Thus", "Hence", "Therefore", "Besides", "So", "And", "Yet", "Still",
        "Nevertheless", "Nonetheless", "Finally", "First", "Second", "Third", "Plus", "Instead", "Then", "Yes", "No",
        "I", "Why", "What", "How", "Where", "Who", "Such", "Every", "All", "Each", "Other", "Others", "Another",
    ], StringComparer.Ordinal);

    // Inside a run-on only unambiguous openers count: "met Mr Hale", "today I went", "and So On" must not split.
    private static readonly HashSet<string> NotInRunOns = new(
        ["Mr", "Mrs", "Ms", "Dr", "I", "No", "And", "So", "Then", "Yes", "All", "Every", "Each", "Other", "Others",
         "Such", "Still", "Also", "First", "Second", "Third", "Plus", "Instead", "Why", "What", "How", "Where", "Who",
         "One", "Two", "Three", "Both", "Last", "Police", "Officers", "Experts", "Scientists", "Researchers"],
        StringComparer.Ordinal);

    public static bool StartsRunOn(ReadOnlySpan<char> word) =>
        Contains(word) && !NotInRunOns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool Contains(ReadOnlySpan<char> word)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
