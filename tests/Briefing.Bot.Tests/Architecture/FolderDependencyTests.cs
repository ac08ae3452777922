using Briefing.Bot.Composition;
using Briefing.Discord.Rest;
using Briefing.Storage;

namespace Briefing.Bot.Tests.Architecture;

/// <summary>
/// The folder dependency rule of the three projects: a folder may use only folders in layers below its own (not beside
/// it, not above it). There is no exceptions list.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>
    /// Briefing (the core), bottom first: text tools, the backoff formula, the metrics instruments and the embedding interface; what an article
    /// is and how one is read; storage (connections, dialects, migrations, the article store, search); retrieval; what
    /// the model-backed summarizer and answerer share; summaries and ingestion; conversations (whose answerer starts a
    /// question about the argument itself from the summary's thesis); feeds (built on ingestion); digests (which read
    /// feeds' health to explain a missed article).
    /// </summary>
    private static readonly string[][] CoreLayers =
    [
        ["Text", "Timing", "Diagnostics", "Embeddings"],
        ["Articles"],
        ["Storage"],
        ["Retrieval"],
        ["Models"],
        ["Summaries", "Ingestion"],
        ["Conversations"],
        ["Feeds"],
        ["Digests"],
    ];

    /// <summary>
    /// Briefing.Discord, bottom first: models and the metrics instruments; limits and JSON; the REST client; interactions
    /// and message helpers; the gateway, which hands interactions their responders as they arrive.
    /// </summary>
    private static readonly string[][] WireLayers =
    [
        ["Models", "Diagnostics"],
        ["Limits", "Json"],
        ["Rest"],
        ["Interactions", "Messages"],
        ["Gateway"],
    ];

    /// <summary>
    /// Briefing.Bot, bottom first: commands (no transport types), operations (health checks and endpoints, telemetry) and sharding (IDENTIFY turns shared through the database); hosting (background loops, the channel poster they
    /// post through); the two transports (Discord, the local console); the composition root (BotHost builds and runs the host
    /// for a mode); the command line, whose commands run on that host.
    /// </summary>
    private static readonly string[][] BotLayers =
    [
        ["Commands", "Operations", "Sharding"],
        ["Hosting"],
        ["DiscordTransport", "ConsoleTransport"],
        ["Composition"],
        ["Cli"],
    ];

    public static TheoryData<string> Projects => ["Briefing", "Briefing.Discord", "Briefing.Bot"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void No_folder_uses_a_folder_beside_or_above_it(string project)
    {
        var against = EdgesAgainst(project, LayersOf(project));

        Assert.True(against.Count == 0, $"{project}: edges against the declared folder order:\n" + string.Join('\n', against));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_folder_has_a_declared_place(string project)
    {
        var folders = FolderDependencyReader.Folders(AssemblyPath(project), project);

        Assert.Equal(LayerOf(LayersOf(project)).Keys.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_back_edge_in_the_core_is_reported()
    {
        // The real order with Storage and Articles swapped: every store speaks of articles, so Storage -> Articles
        // now points up and must be reported.
        string[][] wrong = [.. CoreLayers.Select(layer => layer.Contains("Articles") ? ["Storage"] : layer.Contains("Storage") ? ["Articles"] : layer)];

        var against = EdgesAgainst("Briefing", wrong);

        Assert.Contains(against, edge => edge.StartsWith("Storage -> Articles", StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_in_one_layer_may_not_use_each_other()
    {
        // Digests uses Summaries (the digest line writer); put beside it, that edge is against the rule.
        string[][] wrong = [.. CoreLayers.Select(layer => layer.Where(folder => folder != "Digests").ToArray()).Where(layer => layer.Length > 0)
            .Select(layer => layer.Contains("Summaries") ? [.. layer, "Digests"] : layer)];

        var against = EdgesAgainst("Briefing", wrong);

        Assert.Contains(against, edge => edge.StartsWith("Digests -> Summaries", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_sees_edges_that_only_the_compiled_code_shows()
    {
        var bot = FolderDependencyReader.Edges(AssemblyPath("Briefing.Bot"), "Briefing.Bot");
        var wire = FolderDependencyReader.Edges(AssemblyPath("Briefing.Discord"), "Briefing.Discord");

        // Written as `Commands.IChannelDirectory` inside the Discord transport folder: no using line names it.
        Assert.Contains(bot, edge => edge is { From: "DiscordTransport", To: "Commands" });
        Assert.Contains(bot, edge => edge is { From: "DiscordTransport", To: "Hosting" });
        Assert.Contains(wire, edge => edge is { From: "Interactions", To: "Rest" });
    }

    private static List<string> EdgesAgainst(string project, string[][] layers)
    {
        var layer = LayerOf(layers);
        return FolderDependencyReader.Edges(AssemblyPath(project), project)
            .Where(edge => layer[edge.To] >= layer[edge.From])
            .Select(edge => edge.ToString())
            .ToList();
    }

    private static string[][] LayersOf(string project) => project switch
    {
        "Briefing.Bot" => BotLayers,
        "Briefing.Discord" => WireLayers,
        _ => CoreLayers,
    };

    private static Dictionary<string, int> LayerOf(string[][] layers) =>
        layers
            .SelectMany((folders, layer) => folders.Select(folder => (folder, layer)))
            .ToDictionary(pair => pair.folder, pair => pair.layer, StringComparer.Ordinal);

    private static string AssemblyPath(string project) => project switch
    {
        "Briefing.Bot" => typeof(BotHost).Assembly.Location,
        "Briefing.Discord" => typeof(IDiscordRestClient).Assembly.Location,
        _ => typeof(IArticleStore).Assembly.Location,
    };
}
