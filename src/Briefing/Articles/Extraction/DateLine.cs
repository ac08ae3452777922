using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Dates as copied pages print them: "March 4, 2025", "4 March 2025", "2025-03-04", with "Posted on", a weekday or
/// a time around them; day-month-year in French, German, Spanish, Italian, Portuguese and Dutch ("4 mars 2025", "4. März 2025",
/// "4 de marzo de 2025", see <see cref="MonthNames"/>). Numeric forms like 04/03/2025 are ambiguous and not read.
/// </summary>
internal static partial class DateLine
{
    /// <summary>The first date written anywhere in <paramref name="text"/>, and where it stands.</summary>
    public static (DateTimeOffset Date, Match Match)? Find(string text)
    {
        foreach (Match match in AnyDate().Matches(text))
        {
            if (ToDate(match) is { } date)
            {
                return (date, match);
            }
        }

        return null;
    }

    /// <summary>
    /// The date when the whole line is a date line ("Posted on Tuesday, March 4, 2025 at 9:15 am"), or a line of header
    /// fields one of which is the date and the others short labels ("Senior Fellow, Asia Program | 12 November 2026");
    /// else null.
    /// </summary>
    public static DateTimeOffset? Parse(string line)
    {
        if (line.Length > 120)
        {
            return null;
        }

        if (WholeLine(line) is { } date)
        {
            return date;
        }

        var fields = HeaderFields.Split(line);
        if (fields.Count is < 2 or > MaxFields)
        {
            return null;
        }

        var dates = fields.Select(WholeLine).Where(d => d is not null).ToList();
        return dates.Count == 1 && fields.All(f => WholeLine(f) is not null || IsLabel(f)) ? dates[0] : null;
    }

    private static DateTimeOffset? WholeLine(string line)
    {
        if (line.Length > 80 || Find(line) is not { } found)
        {
            return null;
        }

        var rest = line.Remove(found.Match.Index, found.Match.Length);
        return Leftover().Replace(rest, string.Empty).Length == 0 ? found.Date : null;
    }

    // A field beside the date is a role, section or reading time: a few words, not a sentence. Past three words it is
    // a name's capitalised words ("Senior Fellow, Ports Program"), not a clause ("The vote was close").
    private static bool IsLabel(string field)
    {
        var words = field.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxLabelWords && !field.EndsWith('.') && !field.EndsWith('?') && !field.EndsWith('!')
            && (words.Length <= 3 || words.All(w => !char.IsLower(w[0]) || LabelJoiners.Contains(w)));
    }

    private static readonly HashSet<string> LabelJoiners = new(StringComparer.Ordinal) { "of", "and", "for", "on", "the", "in", "&" };

    private const int MaxFields = 4;

    private const int MaxLabelWords = 5;

    private static DateTimeOffset? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var monthText = match.Groups["month"].Value;
        var month = match.Groups["foreign"].Success
            ? MonthNames.Number(match.Groups["foreign"].Value) ?? 0
            : monthText.Length == 0
            ? int.Parse(match.Groups["mon"].Value, CultureInfo.InvariantCulture)
            : Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, m => m.Length > 0 && monthText.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    private const string Month = @"(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?";

    [GeneratedRegex(
        @"\b(" + Month + @"\s+(?<day>\d{1,2})(st|nd|rd|th)?,?\s+(?<year>\d{4})" +
        @"|(?<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + Month + @",?\s+(?<year>\d{4})" +
        @"|(?<year>\d{4})-(?<mon>\d{2})-(?<day>\d{2})" +
        // "4 mars 2025", "1er mars 2025", "4. März 2025", "4 de marzo de 2025".
        @"|(?<day>\d{1,2})(er|\.|º)?\s+(de\s+)?(?<foreign>" + MonthNames.Pattern + @"),?\s+(de\s+)?(?<year>\d{4}))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AnyDate();

    // What may stand around a date on a date line: labels, a weekday, a time and zone, punctuation.
    [GeneratedRegex(
        @"\b(posted|published|updated|last|modified|first|date[d]?|on|at|am|pm|a\.m|p\.m|utc|gmt|[ecmp][sd]t|bst|cet|cest|" +
        @"mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|" +
        // The same labels and weekdays in the languages MonthNames reads.
        @"le|publié[e]?|mis|à|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" +
        @"am|um|uhr|veröffentlicht|aktualisiert|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|" +
        @"el|publicado|actualizado|lunes|martes|miércoles|jueves|viernes|sábado|domingo|" +
        @"il|pubblicato|aggiornato|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|" +
        @"em|segunda|terça|quarta|quinta|sexta|feira|" +
        @"op|gepubliceerd|bijgewerkt|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|\d{1,2}[:.h]\d{2}|[\W_]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}
