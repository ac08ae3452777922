using Briefing.Bot.Commands;
using Briefing.Summaries;

namespace Briefing.Bot.DiscordTransport;

/// <summary>A summary button as read back from its custom_id (<see cref="SummaryButtonId"/>): the action, and the article and length it sits under.</summary>
public readonly record struct SummaryButton(SummaryAction Action, long ArticleId, SummaryLength Length);
