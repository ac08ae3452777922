namespace Briefing.Bot.Commands;

/// <summary>One slash command. Never touches a socket: it returns what to post.</summary>
public interface ICommandHandler
{
    /// <summary>Top-level command name this handler answers.</summary>
    string Name { get; }
    Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken);
}
