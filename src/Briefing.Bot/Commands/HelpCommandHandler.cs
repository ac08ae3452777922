using System.Text;

namespace Briefing.Bot.Commands;

/// <summary><c>/help</c>: the command catalogue, rendered.</summary>
public sealed class HelpCommandHandler : ICommandHandler
{
    public string Name => CommandCatalogue.Help;

    public Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var fields = CommandCatalogue.All.Select(Describe).ToList();
        var card = new ReplyCard
        {
            Title = "Briefing: what I can do",
            Description = "I summarize the argument of articles (thesis, points, counterpoints, each with a quote and its ¶ number): "
                + "ones in the library, a link, text pasted into /summarize query: or a .txt, .md or .html file attached with file:. I also "
                + "answer follow-up questions in the thread a summary opens (in a direct message, every message after a summary is a "
                + "follow-up question about it), and post daily digests. Links, texts and files sent in a direct message stay yours alone.",
            Fields = fields,
            Footer = "Commands marked (Manage Server) need that permission.",
        };
        return Task.FromResult(new BotReply { Messages = [new ReplyMessage { Cards = [card] }], Ephemeral = true });
    }

    private static ReplyField Describe(CommandDefinition command)
    {
        var text = new StringBuilder(command.Description);
        if (command.Subcommands.Count == 0)
        {
            return new ReplyField($"/{command.Name}{Usage(command.Options)}", text.ToString());
        }

        foreach (var sub in command.Subcommands)
        {
            var manage = command.RequiresManageGuild || sub.RequiresManageGuild ? " (Manage Server)" : string.Empty;
            text.Append('\n').Append($"/{command.Name} {sub.Name}{Usage(sub.Options)}: {sub.Description}{manage}");
        }

        return new ReplyField($"/{command.Name}", ReplyText.FieldValue([text.ToString()]));
    }

    private static string Usage(IReadOnlyList<CommandOptionDefinition> options) =>
        string.Concat(options.Select(o =>
        {
            var value = o.Choices is { Count: > 0 } choices ? string.Join('|', choices) : o.Type.ToString().ToLowerInvariant();
            return o.Required ? $" {o.Name}:<{value}>" : $" [{o.Name}:<{value}>]";
        }));
}
