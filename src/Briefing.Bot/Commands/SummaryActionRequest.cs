using Briefing.Articles;
using Briefing.Summaries;

namespace Briefing.Bot.Commands;

/// <summary>One click (or console command) on a shown summary: what to do, on which article and length, by whom, where.</summary>
public sealed record SummaryActionRequest(SummaryAction Action, long ArticleId, SummaryLength Length, ArticleScope Scope, ulong UserId);
