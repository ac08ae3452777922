namespace Briefing.Bot.Commands;

/// <summary>Every slash command the bot offers: names, descriptions, options, choices, permissions.</summary>
public static class CommandCatalogue
{
    public const string Summarize = "summarize";
    public const string Ask = "ask";
    public const string Digest = "digest";
    public const string Feeds = "feeds";
    public const string Library = "library";
    public const string Help = "help";

    /// <summary>The attachment option of /summarize.</summary>
    public const string SummarizeFile = "file";

    public static readonly IReadOnlyList<string> Lengths = ["short", "standard", "detailed"];

    public static readonly IReadOnlyList<string> DigestCadences = ["daily", "weekly"];
    public static readonly IReadOnlyList<string> Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly CommandOptionDefinition ChannelOption = new("channel", "The channel that receives the digest", CommandOptionType.Channel, Required: true);

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new(Summarize, "Summarize the argument of an article found by words, a URL, pasted text or an attached file")
        {
            ModelBacked = true,
            ExactlyOne = new(
                ["query", SummarizeFile],
                "Tell me what to summarize: /summarize query:<words, a URL or pasted text>, or file:<a .txt, .md or .html file>.",
                "Give /summarize either query: or file:, not both."),
            Options =
            [
                new("query", "Words to find an article, its URL, or the text itself pasted in", CommandOptionType.String, Required: false, Suggests: OptionSuggestions.LibraryTitles),
                new(SummarizeFile, "A .txt, .md or .html file to summarize instead", CommandOptionType.Attachment, Required: false),
                new("length", "How much detail", CommandOptionType.String, Required: false, Lengths),
            ],
        },
        new(Ask, "Ask a question answered from the library (inside a summary thread: from that article first)")
        {
            ModelBacked = true,
            Options = [new("question", "Your question", CommandOptionType.String, Required: true)],
        },
        // Subscribing, unsubscribing and posting change what channels receive; listing and previewing only read.
        new(Digest, "Daily or weekly digests of new articles")
        {
            EphemeralReplies = true,
            Subcommands =
            [
                new("subscribe", "Post a daily or weekly digest to a channel", [
                    ChannelOption,
                    new("every", "How often (default daily)", CommandOptionType.String, Required: false, DigestCadences),
                    new("day", "Weekday of a weekly digest (required with every:weekly)", CommandOptionType.String, Required: false, Weekdays),
                    new("time", "Local time, HH:mm (default 08:00)", CommandOptionType.String, Required: false),
                    new("timezone", "IANA time zone, e.g. Europe/Berlin (default UTC)", CommandOptionType.String, Required: false),
                    new("topics", "Comma-separated keywords; empty = everything", CommandOptionType.String, Required: false),
                ], RequiresManageGuild: true),
                new("unsubscribe", "Stop a channel's digest", [ChannelOption], RequiresManageGuild: true),
                new("list", "List this server's digests", []),
                new("preview", "Show what the next digest would contain (only you see it)", [
                    new("channel", "Preview this channel's digest (default: this channel)", CommandOptionType.Channel, Required: false),
                ]),
                new("now", "Post a channel's digest now", [ChannelOption], RequiresManageGuild: true),
                new("explain", "Say whether an article reached this channel's digest, or why not (only you see it)", [
                    new("url", "The article's or feed item's URL", CommandOptionType.String, Required: true),
                    new("channel", "The digest channel (default: this channel)", CommandOptionType.Channel, Required: false),
                ]),
            ],
        },
        new(Feeds, "RSS/Atom feeds the library follows")
        {
            RequiresManageGuild = true,
            EphemeralReplies = true,
            Subcommands =
            [
                new("add", "Follow a feed", [new("url", "Feed URL", CommandOptionType.String, Required: true)]),
                new("list", "List feeds with their state and last error", []),
                new("remove", "Stop following a feed", [new("id", "Feed id from /feeds list", CommandOptionType.Integer, Required: true)]),
            ],
        },
        new(Library, "The article library")
        {
            EphemeralReplies = true,
            Subcommands =
            [
                new("add", "Add an article by URL", [new("url", "Article URL", CommandOptionType.String, Required: true)], RequiresManageGuild: true),
                new("search", "Search the library", [new("query", "Words to look for", CommandOptionType.String, Required: true)]),
                new("remove", "Remove an article", [new("id", "Article id", CommandOptionType.Integer, Required: true, Suggests: OptionSuggestions.OwnedLibraryTitles)], RequiresManageGuild: true),
            ],
        },
        new(Help, "What the bot can do") { EphemeralReplies = true },
    ];

    public static CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
