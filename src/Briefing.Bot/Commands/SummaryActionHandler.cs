using Briefing.Storage;
using Briefing.Summaries;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Commands;

/// <summary>
/// Runs a <see cref="SummaryAction"/> for every transport. Shorter/Longer answer with the summary card at the new
/// length (with its own <see cref="SummaryView"/>, so the buttons follow); Counterpoints/Sources answer privately.
/// Each request takes a permit of the same per-user limit as the model-backed commands. The summarizer's cache makes a
/// repeat free. An article that is gone, or that this guild or DM cannot see, gets the same short note either way,
/// so a forged id never tells whether another server's article exists.
/// </summary>
public sealed class SummaryActionHandler(IArticleStore articles, ISummarizer summarizer, UserRateLimiter rateLimiter, ILogger<SummaryActionHandler> logger)
{
    public const string GoneText = "That article is no longer in this library, so its buttons no longer work.";
    public const string ShortestText = "This is already the shortest summary.";
    public const string LongestText = "This is already the most detailed summary.";

    public async Task<BotReply> HandleAsync(SummaryActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = SummaryView.Target(request.Action, request.Length);
        if (request.Action is SummaryAction.Shorter or SummaryAction.Longer && target == request.Length)
        {
            // Only a forged or stale click gets here: the button is disabled at the end of the scale.
            return BotReply.Text(request.Action == SummaryAction.Shorter ? ShortestText : LongestText, ephemeral: true);
        }

        if (!rateLimiter.TryAcquire(request.UserId, out var retryAfter))
        {
            CommandsLog.RateLimited(logger, request.UserId, "summary " + request.Action.ToString().ToLowerInvariant());
            return CommandDispatcher.RateLimitReply(retryAfter);
        }

        var article = await articles.GetAsync(request.ArticleId, cancellationToken).ConfigureAwait(false);
        if (article is null || !request.Scope.CanSee(article))
        {
            return BotReply.Text(GoneText, ephemeral: true);
        }

        var summary = await summarizer.SummarizeAsync(article, target, cancellationToken).ConfigureAwait(false);
        return request.Action switch
        {
            // No thread name: the summary already has its thread (or its DM), and a new length is the same article.
            SummaryAction.Shorter or SummaryAction.Longer => SummaryReply.Interactive(summary, [], target) with { ThreadName = null, ThreadArticleId = null },
            SummaryAction.Counterpoints => SummaryDetailsReply.Counterpoints(summary),
            SummaryAction.Sources => SummaryDetailsReply.Sources(summary, article),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Action, "Unknown summary action."),
        };
    }
}
