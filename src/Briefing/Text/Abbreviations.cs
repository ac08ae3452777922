namespace Briefing.Text;

/// <summary>Words that end in a full stop without ending a sentence (compared lowercase, without the final dot).</summary>
internal static class Abbreviations
{
    // Titles: always followed by a name, so the dot never ends a sentence.
    private static readonly HashSet<string> Titles = new(
    [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "rev", "col", "lt",
        "sgt", "capt", "cmdr", "adm", "maj", "pres", "supt", "insp", "det", "hon", "mt", "ft", "vs", "viz", "cf",
        "e.g", "i.e", "dept", "univ", "bros",
    ], StringComparer.Ordinal);

    // Also ordinary words ("the answer is no."): an abbreviation only when a number follows ("No. 10").
    private static readonly HashSet<string> BeforeNumbers = new(
    [
        "no", "nos", "p", "pp", "art", "sec", "fig", "figs", "vol", "vols", "ch", "eq", "op", "ref", "est", "ca",
        "approx", "ed", "para", "n",
    ], StringComparer.Ordinal);

    // Abbreviations that can also close a sentence ("...in the U.S. The next day"): the dot ends the sentence
    // only when the next word is a typical sentence opener.
    private static readonly HashSet<string> Ambiguous = new(
    [
        "etc", "inc", "ltd", "co", "corp", "plc", "llc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k",
        "u.n", "e.u", "d.c", "ph.d", "b.a", "m.a", "b.sc", "m.sc", "ave", "blvd", "rd", "km", "kg", "hr", "hrs",
        "yr", "yrs", "wk", "govt", "intl", "natl",
    ], StringComparer.Ordinal);

    public static bool IsTitle(string lowerWord) => Titles.Contains(lowerWord);

    public static bool IsBeforeNumber(string lowerWord) => BeforeNumbers.Contains(lowerWord);

    public static bool IsAmbiguous(string lowerWord) => Ambiguous.Contains(lowerWord);
}
