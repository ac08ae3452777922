using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Commands;

/// <summary>
/// The one entry point every transport calls for a slash command: finds the handler, enforces Manage Server
/// and the per-user rate limit, and turns any exception into a short apology with a logged reference id.
/// </summary>
public sealed class CommandDispatcher(IEnumerable<ICommandHandler> handlers, UserRateLimiter rateLimiter, ILogger<CommandDispatcher> logger, CommandMetrics metrics)
{
    private readonly Dictionary<string, ICommandHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<BotReply> DispatchAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if ((!invocation.Admitted || !_handlers.ContainsKey(invocation.Name)) && Admit(invocation) is { } refusal)
        {
            return refusal;
        }
        var definition = CommandCatalogue.Find(invocation.Name)!;
        var handler = _handlers[invocation.Name];

        try
        {
            var reply = await handler.HandleAsync(invocation, cancellationToken).ConfigureAwait(false);
            metrics.Handled(definition.Name, "ok");
            return reply;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reference = ReferenceId.New();
            CommandsLog.CommandFailed(logger, definition.Name, reference, ex);
            metrics.Handled(definition.Name, "failed");
            return ReferenceId.Apology(reference);
        }
    }

    /// <summary>
    /// The checks that need no I/O, in order: the command exists, a needed subcommand (or exactly one of a set of options) is given, Manage Server where it is
    /// required, and the per-user rate limit (taking a permit when it passes). A refusal to send instead of running the
    /// handler, or null. A transport may run it at arrival and mark the invocation <see cref="CommandInvocation.Admitted"/>,
    /// so <see cref="DispatchAsync"/> does not check (nor take a permit) twice.
    /// </summary>
    public BotReply? Admit(CommandInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var definition = CommandCatalogue.Find(invocation.Name);
        if (definition is null || !_handlers.ContainsKey(invocation.Name))
        {
            metrics.Handled(CommandMetrics.UnknownName, "unknown");
            return BotReply.Text($"There is no /{invocation.Name} command. Try /help.", ephemeral: true);
        }

        if (definition.Subcommands.Count > 0 && definition.FindSubcommand(invocation.Subcommand) is null)
        {
            var names = string.Join(", ", definition.Subcommands.Select(s => s.Name));
            metrics.Handled(definition.Name, "usage");
            return BotReply.Text($"/{definition.Name} needs one of: {names}.", ephemeral: true);
        }

        if (definition.ExactlyOne?.Refusal(invocation) is { } usage)
        {
            metrics.Handled(definition.Name, "usage");
            return BotReply.Text(usage, ephemeral: true);
        }

        if (definition.RequiresManageGuildFor(invocation.Subcommand) && !invocation.CanManageGuild)
        {
            CommandsLog.PermissionDenied(logger, definition.Name, invocation.UserId);
            metrics.Handled(definition.Name, "forbidden");
            return BotReply.Text($"Only members with the Manage Server permission can use {Describe(invocation)}.", ephemeral: true);
        }

        if (definition.ModelBacked && !rateLimiter.TryAcquire(invocation.UserId, out var retryAfter))
        {
            CommandsLog.RateLimited(logger, invocation.UserId, definition.Name);
            metrics.Handled(definition.Name, "rate_limited");
            return RateLimitReply(retryAfter);
        }
        return null;
    }

    public static BotReply RateLimitReply(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return BotReply.Text($"You're asking faster than I can read. Please try again in {seconds} s.", ephemeral: true);
    }

    private static string Describe(CommandInvocation invocation) =>
        invocation.Subcommand is null ? $"/{invocation.Name}" : $"/{invocation.Name} {invocation.Subcommand}";
}
