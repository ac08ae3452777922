using System.Text.RegularExpressions;

namespace Briefing.Articles.Extraction;

/// <summary>
/// The one owner of the rules that tell a line of page furniture from article text, used on the paragraphs an
/// HTML page yields and on the lines of text copied from a web page, so both paths drop the same things.
/// </summary>
internal static partial class ChromeLines
{
    // Words that make up share, print and email rows ("Share this: Facebook Twitter Email", "Print Friendly, PDF & Email").
    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "this", "on", "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "print",
        "friendly", "pdf", "&", "and", "whatsapp", "reddit", "tweet", "pinterest", "telegram", "copy", "link",
        "mastodon", "bluesky", "threads", "article", "post", "page", "story", "opens", "in", "new", "window", "click",
        "to", "like", "loading...", "loading", "tumblr", "pocket", "save", "flipboard", "messenger", "more", "print-friendly",
    };

    /// <summary>What a line is, as far as the article's text is concerned.</summary>
    public static ChromeKind Classify(string line)
    {
        if (line.Length > 250)
        {
            return ChromeKind.None;
        }

        var bare = line.Trim();
        if (EndMarker().IsMatch(bare))
        {
            return ChromeKind.EndOfArticle;
        }

        if (AboutAuthorHeading().IsMatch(bare))
        {
            return ChromeKind.AboutAuthorHeading;
        }

        if (RelatedHeading().IsMatch(bare))
        {
            return ChromeKind.RelatedHeading;
        }

        if (AboutSiteHeading().IsMatch(bare))
        {
            return ChromeKind.AboutSiteHeading;
        }

        if (NotesHeading().IsMatch(bare))
        {
            return ChromeKind.NotesHeading;
        }

        return IsChrome(bare) ? ChromeKind.Chrome : ChromeKind.None;
    }

    /// <summary>True for a line that is only furniture wherever it stands: labels, share rows, categories, breadcrumbs, credits, inline links.</summary>
    public static bool IsChrome(string line)
    {
        if (line.Length > 250)
        {
            return false;
        }

        // "·", "* * *", "—": a separator or the dot between a read time and a date says nothing.
        return !line.Any(char.IsLetterOrDigit)
            || (line.Length <= 80 && Label().IsMatch(line))
            || (line.Length <= 200 && SubscriptionAppeal().IsMatch(line))
            || IsShareRow(line)
            || CategoryLine().IsMatch(line)
            || IsBreadcrumb(line)
            || PhotoCredit().IsMatch(line)
            || InlineLink().IsMatch(line);
    }

    /// <summary>
    /// The paragraph without a share widget that was copied glued into its text
    /// ("Share this withEmailFacebookTwitterCopy this linkThe measure …"): the label and network names go, the sentence stays.
    /// </summary>
    public static string WithoutGluedShareWidget(string paragraph) =>
        paragraph.Contains("Share this", StringComparison.OrdinalIgnoreCase) ? GluedShareWidget().Replace(paragraph, " ").Trim() : paragraph;

    /// <summary>"P.S. …", "PS: …", "Next week: …": a note to the readers after the piece, or a teaser for the next one.</summary>
    public static bool IsPostscript(string paragraph) => Postscript().IsMatch(paragraph);

    /// <summary>"Notes", "Endnotes", "References": a heading that can only head notes (unlike "Sources", which may head prose).</summary>
    public static bool NamesNotes(string heading) => NotesOnlyHeading().IsMatch(heading.Trim());

    /// <summary>A note as a page lists them under "Notes" or "References": "[1] Korean Central News Agency, …", "^2 See …".</summary>
    public static bool IsNoteEntry(string line) => NoteMarker().IsMatch(line);

    /// <summary>
    /// The paragraph without its note markers ("… working-level contacts.[1]"): they point at notes the page no longer
    /// has, and a quote should not carry them.
    /// </summary>
    public static string WithoutNoteMarkers(string paragraph) =>
        paragraph.Contains('[', StringComparison.Ordinal) ? InlineNoteMarker().Replace(paragraph, string.Empty) : paragraph;

    /// <summary>"The Policy Blog is a project of …": a site's description of itself, which starts its "About" section.</summary>
    public static bool IsSiteBlurb(string paragraph) => paragraph.Length <= 600 && SiteBlurb().IsMatch(paragraph);

    private static bool IsShareRow(string line)
    {
        if (line.Length > 120)
        {
            return false;
        }

        var words = line.Split([' ', ',', '|', '·', ':', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Any(w => !w.Equals("this", StringComparison.OrdinalIgnoreCase) && !w.Equals("on", StringComparison.OrdinalIgnoreCase))
            && words.All(ShareWords.Contains);
    }

    private static bool IsBreadcrumb(string line)
    {
        if (line.Length > 150 || line.EndsWith('.'))
        {
            return false;
        }

        var parts = BreadcrumbSeparator().Split(line);
        if (parts.Length < 2 || parts.Any(p => p.Length == 0 || p.Split(' ').Length > 5))
        {
            return false;
        }

        return parts.Length >= 3 || parts[0].Equals("Home", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(
        @"^\W*(print( friendly| this( page| article)?)?|pdf|email( this)?( article| post)?|share( this)?( article| post| story)?:?|share on \w+|tweet|like this:?|" +
        @"read more|continue reading( →)?|subscribe\b.*|sign up\b.*|accept( all)?( cookies)?|cookie (settings|policy)|we use cookies\b.*|" +
        @"(previous|next) (post|article|story)\b.*|skip to (main )?content|advertisement|copyright\b.*|©.*|all rights reserved\.?|" +
        // A blog platform's header around the byline: "Follow", "6 min read", "Listen", a clap or response count ("1.2K").
        @"follow|\d+ min(ute)?s? read|listen( to this (article|story))?|[\d.,]+\s*[km]?)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(
        @"share this( with)?\s*((e-?mail|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit|telegram|copy this link)\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedShareWidget();

    // A newsletter's appeal between or after the paragraphs: "Thanks for reading The Shift Report! Subscribe for free …".
    [GeneratedRegex(
        @"^\W*(thanks for reading\b|thank you for reading\b|subscribe (for free|now|to (my|our|the|this))\b|upgrade to paid\b|become a (paid )?(subscriber|member)\b|" +
        @"this post is public\b|give a gift subscription\b|share this post\b|leave a comment\W*$|(\d+ )?(likes?|restacks?)( · \d+ restacks?)?\W*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscriptionAppeal();

    // "Categorized | Politics", "Filed under: Europe, Trade", "Posted in Analysis", "Tags: tariffs, steel".
    [GeneratedRegex(
        @"^\W*((categor(y|ies)|tags?|topics?|sections?|labels?|keywords)\s*[:|»>/–-]|(categori[sz]ed|filed (under|in)|posted (in|under)|tagged( with| as)?)\b)[^.!?]{0,140}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CategoryLine();

    // Slashes and bars count only with spaces around them, so "3/4/2024" and "and/or" are not breadcrumbs.
    [GeneratedRegex(@"\s*(?:›|»|>|→)\s*|\s+[/|]\s+")]
    private static partial Regex BreadcrumbSeparator();

    // "Photo: Jane Roe", "(Photo by Jane Roe/Agency)", "Featured image via Wikimedia Commons", "Image credit: …".
    [GeneratedRegex(
        @"^\W*((featured|header|top|lead|cover|main)\s+)?(photo(graph)?|image|picture|illustration|graphic)s?(\s+credits?)?\s*(:|by\b|via\b|courtesy\b|©|–|—)|^\W*credits?\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // "Related: …", "READ MORE: …", "See also: …" between paragraphs: links to other pages, not this article's text.
    [GeneratedRegex(
        @"^\W*(related( story| stories| article| articles| coverage| content| reading)?|read (more|also|next)|also read|see also|more on (this|that)( story)?|further reading|recommended|watch|listen)\s*:\s*\S.{0,200}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    // Where the comments begin: nothing after this line is the article.
    [GeneratedRegex(
        @"^\W*(leave a (reply|comment)|post a comment|add (a )?comment|join the (conversation|discussion)|comments?( \(\d+\))?|" +
        @"(\d+|one|two|three) (comments?|responses?|replies|thoughts)( (to|on) .{0,150})?|(no )?comments are closed|show comments|view comments|discussion)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"^\W*(about the authors?|about (him|her|them)|author bio(graphy)?|the authors?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutAuthorHeading();

    [GeneratedRegex(
        @"^\W*(related( posts| articles| stories| reading| content| links)?|you (may|might) also (like|enjoy)|more (from|on|in) .{1,60}|recommended( for you| reading)?|" +
        @"further reading|read (more|next|also)|see also|most (read|popular|viewed)|popular (posts|articles|stories)|recent (posts|articles)|trending( now)?|more stories)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    // "About us", "About this blog", "About The Policy Blog": the site's own section (case-sensitive name part).
    [GeneratedRegex(@"^About\s+(us|this (blog|site|website|publication)|the (blog|site|website|publication|project)|\p{Lu}[\w'’&.-]*(\s+\p{Lu}[\w'’&.-]*){0,5})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutSiteHeading();

    [GeneratedRegex(@"^(notes|end ?notes|foot ?notes|references|sources|bibliography|works cited|citations|sources and notes)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^\W*(p\.\s?s\.|ps:|p\.s:|next (week|time|issue)\s*:|coming (up|next)\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postscript();

    [GeneratedRegex(@"^(notes|end ?notes|foot ?notes|references|bibliography|works cited)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesOnlyHeading();

    [GeneratedRegex(@"^(\[\d{1,3}\]|\^\d{1,3})\s+\S")]
    private static partial Regex NoteMarker();

    // Glued to the word or punctuation it annotates, as copied pages print them; "[sic]" and "[1990]" with a space stay.
    [GeneratedRegex(@"(?<=[\p{L}\p{P}])\[\d{1,3}\]")]
    private static partial Regex InlineNoteMarker();

    [GeneratedRegex(
        @"\b(is|are)\s+(a|an)\s+([\w-]+\s+){0,4}(project|initiative|publication|programme|program|service)\s+of\b|\b(is|are)\s+(published|run|edited|produced|hosted|maintained)\s+by\b|\bis\s+an?\s+([\w-]+\s+){0,3}(blog|website|forum|platform)\s+(of|from|by|for|that|which)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteBlurb();
}
