using Briefing.Summaries;

namespace Briefing.Bot.Commands;

/// <summary>
/// Which summary a reply shows (article and length) and so which <see cref="SummaryAction"/>s can do something
/// with it: no shorter than Short, no longer than Detailed, Counterpoints only when the author weighs some,
/// Sources only when a paragraph is cited. Transports turn it into buttons (Discord) or remember it (console).
/// </summary>
public sealed record SummaryView(long ArticleId, SummaryLength Length, bool HasCounterpoints, bool HasSources)
{
    public static SummaryView Of(ArgumentSummary summary, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new SummaryView(summary.Article.Id, length, summary.Counterpoints.Count > 0, SummaryDetailsReply.CitedParagraphs(summary).Count > 0);
    }

    public bool CanDo(SummaryAction action) => action switch
    {
        SummaryAction.Shorter => Length > SummaryLength.Short,
        SummaryAction.Longer => Length < SummaryLength.Detailed,
        SummaryAction.Counterpoints => HasCounterpoints,
        SummaryAction.Sources => HasSources,
        _ => false,
    };

    /// <summary>The length a Shorter or Longer leads to; the shown length for the others.</summary>
    public static SummaryLength Target(SummaryAction action, SummaryLength length) => action switch
    {
        SummaryAction.Shorter when length > SummaryLength.Short => length - 1,
        SummaryAction.Longer when length < SummaryLength.Detailed => length + 1,
        _ => length,
    };
}
