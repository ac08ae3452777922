namespace Briefing.Articles.Extraction;

/// <summary>
/// Plain text → paragraphs. Blank lines separate paragraphs and the lines of one paragraph are rejoined (text is
/// often hard-wrapped), except lines that stand on their own even without a blank line: the title line, a "By"
/// or date line, a line of page furniture, a bullet or a note ("[2] See …"), and the entries of a related-links list.
/// </summary>
internal static class PlainTextBlocks
{
    public static List<string> Paragraphs(string body)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        var lines = body.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var inLinkList = false;
        for (var i = Math.Max(first, 0); i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
                inLinkList = false;
                continue;
            }

            var kind = ChromeLines.Classify(line);
            var next = i + 1 < lines.Length ? lines[i + 1].TrimStart() : string.Empty;
            var isTitleLine = i == first && Headline.IsLike(line) && (next.Length == 0 || !char.IsLower(next[0]));
            if (isTitleLine || inLinkList || kind != ChromeKind.None || IsBullet(line) || ChromeLines.IsNoteEntry(line) || Byline.Parse(line) is not null || DateLine.Parse(line) is not null)
            {
                Flush(current, paragraphs);
                paragraphs.Add(ParagraphSplitter.Normalize(line));
                inLinkList |= kind == ChromeKind.RelatedHeading;
            }
            else
            {
                current.Add(line);
            }
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    private static bool IsBullet(string line) => line.Length > 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ';

    private static void Flush(List<string> lines, List<string> paragraphs)
    {
        var joined = ParagraphSplitter.Normalize(string.Join(' ', lines));
        if (joined.Length > 0)
        {
            paragraphs.Add(joined);
        }

        lines.Clear();
    }
}
