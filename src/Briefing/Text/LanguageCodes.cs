namespace Briefing.Text;

/// <summary>Reads the primary subtag of a BCP 47 language tag (<c>de-AT</c> → <c>de</c>).</summary>
public static class LanguageCodes
{
    public static string Primary(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return "en";
        }
        var trimmed = language.Trim();
        var dash = trimmed.IndexOfAny(['-', '_']);
        return (dash > 0 ? trimmed[..dash] : trimmed).ToLowerInvariant();
    }

    public static bool IsEnglish(string? language) => Primary(language) == "en";
}
