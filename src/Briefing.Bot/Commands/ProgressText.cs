using System.Globalization;

namespace Briefing.Bot.Commands;

/// <summary>
/// The status lines handlers report on <see cref="CommandInvocation.Progress"/>. Titles and addresses come from
/// articles and users, so they are shaped and escaped with the same <see cref="MarkdownText"/> helpers as the final
/// replies (one line, cut at a word, no Markdown of their own); transports add their own marker ("⏳", "…").
/// </summary>
public static class ProgressText
{
    private const int TitleLimit = 80;
    private const int UrlLimit = 200;

    public static string Reading(string url) => $"Reading {MarkdownText.Inline(url, UrlLimit)}…";

    public static string ReadingAttachment(string fileName) => $"Reading the attached file {MarkdownText.Inline(fileName, TitleLimit)}…";

    /// <summary>"Summarizing “Title”…", with "(part 2 of 5)" when a long article is summarized chunk by chunk.</summary>
    public static string Summarizing(string title, int part, int parts) =>
        parts > 1
            ? string.Create(CultureInfo.InvariantCulture, $"Summarizing “{MarkdownText.Inline(title, TitleLimit)}” (part {part} of {parts})…")
            : $"Summarizing “{MarkdownText.Inline(title, TitleLimit)}”…";

    public static string CheckingFeed(string url) => $"Checking the feed at {MarkdownText.Inline(url, UrlLimit)}…";

    public static string PostingDigest() => "Composing and posting the digest…";
}
