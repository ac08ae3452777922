using Briefing.Articles;
using Briefing.Bot.Commands;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>
/// The console's stand-ins for a summary's buttons: <c>/shorter</c>, <c>/longer</c>, <c>/counterpoints</c> and
/// <c>/sources</c> act on the last summary shown in the session, through the same <see cref="SummaryActionHandler"/>
/// a click on Discord runs. They are console lines, not slash commands: Discord offers them as buttons instead.
/// </summary>
public sealed class ConsoleSummaryActions(SummaryActionHandler actions)
{
    public const string HelpText = "On the last summary shown: /shorter and /longer (one length step), "
        + "/counterpoints (only the objections the author weighs, with quotes and ¶ numbers), /sources (the cited paragraphs in full).";

    public const string NoSummaryText = "No summary yet: start with /summarize <topic>; /shorter, /longer, /counterpoints and /sources then act on it.";

    private static readonly Dictionary<string, SummaryAction> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/shorter"] = SummaryAction.Shorter,
        ["/longer"] = SummaryAction.Longer,
        ["/counterpoints"] = SummaryAction.Counterpoints,
        ["/sources"] = SummaryAction.Sources,
    };

    /// <summary>The summary the actions apply to: the last one a command or an action showed.</summary>
    public SummaryView? Last { get; private set; }

    /// <summary>True when the line's first word names an action (the rest of the line must then be empty).</summary>
    public static bool IsAction(string line) => Names.ContainsKey(FirstWord(line));

    /// <summary>Notes the summary a reply shows, if any, as the one the actions now apply to.</summary>
    public void Remember(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Summary is { } view) Last = view;
    }

    /// <summary>What the console prints under a summary: the actions that can do something with it.</summary>
    public static string? Hint(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Summary is not { } view) return null;
        var offered = Names.Where(n => view.CanDo(n.Value)).Select(n => n.Key).ToList();
        return offered.Count == 0 ? null : $"[on this summary: {string.Join(' ', offered)}]";
    }

    public async Task<BotReply> RunAsync(string line, ArticleScope scope, ulong userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var name = FirstWord(line);
        if (!Names.TryGetValue(name, out var action)) throw new ArgumentException($"{name} is not a summary action.", nameof(line));
        if (line.Trim().Length > name.Length) return BotReply.Text($"{name.ToLowerInvariant()} takes nothing after it; it acts on the last summary shown.");
        if (Last is not { } last) return BotReply.Text(NoSummaryText);
        var reply = await actions.HandleAsync(new SummaryActionRequest(action, last.ArticleId, last.Length, scope, userId), cancellationToken).ConfigureAwait(false);
        Remember(reply);
        return reply;
    }

    private static string FirstWord(string line) => line.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
}
