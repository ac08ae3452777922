namespace Briefing.Articles.Extraction;

/// <summary>How a line of page furniture affects the text around it (see <see cref="ChromeLines"/>).</summary>
internal enum ChromeKind
{
    /// <summary>Article text, as far as the rules can tell.</summary>
    None,

    /// <summary>Furniture on its own: dropped, the text around it kept.</summary>
    Chrome,

    /// <summary>"Leave a Reply", "3 Comments": the comments start here and nothing after it is the article.</summary>
    EndOfArticle,

    /// <summary>"About the author": the next paragraph is a bio.</summary>
    AboutAuthorHeading,

    /// <summary>"Related posts", "You may also like": a list of links follows.</summary>
    RelatedHeading,

    /// <summary>"About &lt;site&gt;": the site's own section, which runs to the end.</summary>
    AboutSiteHeading,

    /// <summary>"Notes", "References", "Sources": the notes follow, each opening on its marker ("[1] …").</summary>
    NotesHeading,
}
