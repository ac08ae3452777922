namespace Briefing.Text;

/// <summary>
/// Month names of the other languages our readers paste most (French, German, Spanish, Italian, Portuguese, Dutch), so a
/// date line such as "4 mars 2025", "4. März 2025" or "4 de marzo de 2025" gives the article its date. Full names only:
/// abbreviations differ by site and collide across languages.
/// </summary>
public static class MonthNames
{
    /// <summary>Every name below as a regular-expression alternation, longest first so a longer name wins.</summary>
    public const string Pattern =
        "septiembre|setiembre|diciembre|noviembre|fevereiro|septembre|settembre|dezembro|novembre|décembre|dicembre|" +
        "setembro|novembro|febbraio|februari|augustus|dezember|gennaio|octubre|outubro|ottobre|oktober|" +
        "janvier|février|juillet|februar|febrero|janeiro|januari|giugno|luglio|agosto|januar|jänner|avril|april|" +
        "abril|aprile|maggio|mayo|marzo|março|maart|junio|junho|julio|julho|enero|août|juin|mars|märz|juni|juli|maio|" +
        "mai|mei";

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        // French
        ["janvier"] = 1, ["février"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12,
        // German (and the Austrian January)
        ["januar"] = 1, ["jänner"] = 1, ["februar"] = 2, ["märz"] = 3, ["april"] = 4, ["juni"] = 6, ["juli"] = 7,
        ["oktober"] = 10, ["dezember"] = 12,
        // Spanish
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        // Italian
        ["gennaio"] = 1, ["febbraio"] = 2, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7,
        ["settembre"] = 9, ["ottobre"] = 10, ["dicembre"] = 12,
        // Portuguese
        ["janeiro"] = 1, ["fevereiro"] = 2, ["março"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7,
        ["setembro"] = 9, ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12,
        // Dutch
        ["januari"] = 1, ["februari"] = 2, ["maart"] = 3, ["mei"] = 5, ["augustus"] = 8,
    };

    /// <summary>The month's number (1-12), or null for a name this list does not hold.</summary>
    public static int? Number(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Numbers.TryGetValue(name, out var month) ? month : null;
    }
}
