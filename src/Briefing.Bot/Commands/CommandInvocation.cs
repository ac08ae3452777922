namespace Briefing.Bot.Commands;

/// <summary>
/// A slash command as every transport (Discord, local console, tests) hands it to a handler:
/// no Discord types, options by name as strings (channels as ids).
/// </summary>
public sealed record CommandInvocation
{
    /// <summary>Top-level command name without the slash, e.g. <c>summarize</c>, <c>digest</c>.</summary>
    public required string Name { get; init; }
    /// <summary>Subcommand, e.g. <c>subscribe</c> for <c>/digest subscribe</c>; null when none.</summary>
    public string? Subcommand { get; init; }
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
    /// <summary>Files given to attachment options, by option name (only a transport that can carry files fills it).</summary>
    public IReadOnlyDictionary<string, CommandAttachment> Attachments { get; init; } = new Dictionary<string, CommandAttachment>();
    public ulong? GuildId { get; init; }
    public required ulong ChannelId { get; init; }
    public required ulong UserId { get; init; }
    /// <summary>The member holds Manage Server (from the interaction's member permissions).</summary>
    public bool CanManageGuild { get; init; }
    /// <summary>The thread the command was typed in, when the channel is a thread the bot opened.</summary>
    public ulong? ThreadId { get; init; }
    /// <summary>
    /// Where a handler reports short status lines ("Reading https://…") while slow work runs, worded for the user and
    /// shaped with <see cref="ProgressText"/>. The transport decides whether and when to show them (Discord only after
    /// a moment, so quick commands do not flicker); null when nobody is watching.
    /// </summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Whose library the command reads and writes: the guild's, or in a direct message the user's own.</summary>
    public Briefing.Articles.ArticleScope Scope => Briefing.Articles.ArticleScope.Of(GuildId, UserId);

    public string? Option(string name) => Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public CommandAttachment? Attachment(string name) => Attachments.TryGetValue(name, out var file) ? file : null;
}
