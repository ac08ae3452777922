namespace Briefing.Text;

/// <summary>
/// Recognises the job title a byline gives after a name ("Jane Roe, Senior Fellow", "Tom Hale, Director of Research at
/// the Institute"): think tanks and newspapers print the author's role next to the name, and it is not a second author.
/// </summary>
public static class JobTitles
{
    // The head nouns of the roles analysis and news sites print; a phrase containing one of them is a role, not a name.
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "fellow", "director", "editor", "professor", "correspondent", "analyst", "researcher", "contributor", "columnist",
        "writer", "reporter", "president", "chair", "chairman", "chairwoman", "economist", "scholar", "lecturer", "associate",
        "staff", "manager", "officer", "founder", "cofounder", "co-founder", "ceo", "head", "advisor", "adviser",
        "author", "journalist", "strategist", "counsel", "commentator", "blogger", "chief", "deputy", "intern", "student",
        "candidate", "member", "coordinator", "specialist", "consultant", "principal", "partner", "secretary",
    };

    /// <summary>True when <paramref name="phrase"/> names a role rather than a person.</summary>
    public static bool IsRole(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return WordTokenizer.Tokenize(phrase).Any(Roles.Contains);
    }
}
