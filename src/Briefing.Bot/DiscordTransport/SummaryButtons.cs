using Briefing.Bot.Commands;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// The action row under a summary: Shorter and Longer (disabled at the ends of the length scale, so the row keeps its
/// shape), then Counterpoints and Sources when the summary has any. One row of at most four buttons, each custom_id
/// unique within the message, as Discord requires.
/// </summary>
public static class SummaryButtons
{
    private const int SecondaryStyle = 2;

    public static IReadOnlyList<MessageComponent> Row(SummaryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var buttons = new List<MessageComponent>
        {
            Button(view, SummaryAction.Shorter, "Shorter", alwaysShown: true),
            Button(view, SummaryAction.Longer, "Longer", alwaysShown: true),
        };
        if (view.CanDo(SummaryAction.Counterpoints)) buttons.Add(Button(view, SummaryAction.Counterpoints, "Counterpoints", alwaysShown: false));
        if (view.CanDo(SummaryAction.Sources)) buttons.Add(Button(view, SummaryAction.Sources, "Sources", alwaysShown: false));
        return [new MessageComponent { Type = MessageComponent.ActionRowType, Components = buttons }];
    }

    private static MessageComponent Button(SummaryView view, SummaryAction action, string label, bool alwaysShown) => new()
    {
        Type = MessageComponent.ButtonType,
        Style = SecondaryStyle,
        Label = label,
        CustomId = SummaryButtonId.Format(action, view.ArticleId, view.Length),
        // Left out of the JSON when enabled; a disabled button says plainly that there is nowhere further to go.
        Disabled = alwaysShown && !view.CanDo(action) ? true : null,
    };
}
