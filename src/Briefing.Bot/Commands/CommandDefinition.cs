namespace Briefing.Bot.Commands;

/// <summary>
/// One slash command as every transport declares it: the console's /help renders it, the Discord side
/// turns it into an application command (subcommands become type-1 options).
/// </summary>
public sealed record CommandDefinition(string Name, string Description)
{
    /// <summary>Options of a command without subcommands.</summary>
    public IReadOnlyList<CommandOptionDefinition> Options { get; init; } = [];
    public IReadOnlyList<SubcommandDefinition> Subcommands { get; init; } = [];
    /// <summary>Every invocation needs Manage Server (subcommands may also require it one by one).</summary>
    public bool RequiresManageGuild { get; init; }
    /// <summary>Calls the summarizer or the question answerer: the per-user rate limit applies.</summary>
    public bool ModelBacked { get; init; }
    /// <summary>Replies are normally seen only by the invoker: the Discord side defers with the EPHEMERAL flag (64).</summary>
    public bool EphemeralReplies { get; init; }
    /// <summary>Options of which exactly one must be given, checked with the usage checks.</summary>
    public ExactlyOneOption? ExactlyOne { get; init; }

    public SubcommandDefinition? FindSubcommand(string? name) =>
        name is null ? null : Subcommands.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool RequiresManageGuildFor(string? subcommand) =>
        RequiresManageGuild || FindSubcommand(subcommand)?.RequiresManageGuild == true;

    /// <summary>The options that apply to the given subcommand (or to the command itself).</summary>
    public IReadOnlyList<CommandOptionDefinition> OptionsFor(string? subcommand) =>
        FindSubcommand(subcommand)?.Options ?? Options;
}

/// <summary>A subcommand such as <c>/digest subscribe</c>.</summary>
public sealed record SubcommandDefinition(string Name, string Description, IReadOnlyList<CommandOptionDefinition> Options, bool RequiresManageGuild = false);

/// <summary>
/// A named option; <see cref="Choices"/> restricts string values (e.g. summary lengths); <see cref="Suggests"/> says
/// what Discord's autocomplete offers while it is typed (never together with choices).
/// </summary>
public sealed record CommandOptionDefinition(
    string Name, string Description, CommandOptionType Type, bool Required, IReadOnlyList<string>? Choices = null, OptionSuggestions Suggests = OptionSuggestions.None);

/// <summary>What an option suggests while it is typed (Discord autocomplete; other transports ignore it).</summary>
public enum OptionSuggestions
{
    None,
    /// <summary>Titles of the library the invoker sees (the guild's and the global articles, or in DMs the user's and the global ones).</summary>
    LibraryTitles,
    /// <summary>Titles of the articles the scope itself added: what it may remove.</summary>
    OwnedLibraryTitles,
}

/// <summary>Option value kinds, mapped by the Discord side to its option types (3 string, 4 integer, 7 channel, 11 attachment).</summary>
public enum CommandOptionType
{
    String,
    Integer,
    Channel,
    /// <summary>A file the user uploads with the command; its value is the file's id, the file itself is in <see cref="CommandInvocation.Attachments"/>.</summary>
    Attachment,
}
