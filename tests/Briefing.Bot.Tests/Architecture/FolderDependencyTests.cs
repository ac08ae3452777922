using Briefing.Bot.Cli;
using Briefing.Discord.Rest;

namespace Briefing.Bot.Tests.Architecture;

/// <summary>
/// The folder dependency rule of the two projects whose folders already form a directed graph: a folder may use
/// only folders in layers below its own (not beside it, not above it). There is no exceptions list.
/// The core project (src/Briefing) is NOT covered yet: its Articles, Conversations, Digests, Feeds, Library and
/// Summaries folders still lean on each other in a cycle, which a later round of issue 15 removes; it gets its
/// declared order here then.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>Briefing.Discord, bottom first: models and the metrics instruments; limits and JSON; the REST client; gateway, interactions, message helpers.</summary>
    private static readonly string[][] WireLayers =
    [
        ["Models", "Diagnostics"],
        ["Limits", "Json"],
        ["Rest"],
        ["Gateway", "Interactions", "Messages"],
    ];

    /// <summary>
    /// Briefing.Bot, bottom first: commands (no transport types), operations (health checks and endpoints, telemetry) and sharding (IDENTIFY turns shared through the database); hosting (background loops, the channel poster they
    /// post through); the Discord transport; the command line, the local console and the composition of the host.
    /// </summary>
    private static readonly string[][] BotLayers =
    [
        ["Commands", "Operations", "Sharding"],
        ["Hosting"],
        ["Discord"],
        ["Cli"],
    ];

    public static TheoryData<string> Projects => ["Briefing.Discord", "Briefing.Bot"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void No_folder_uses_a_folder_beside_or_above_it(string project)
    {
        var layers = LayerOf(project);
        var against = FolderDependencyReader.Edges(AssemblyPath(project), project)
            .Where(edge => layers[edge.To] >= layers[edge.From])
            .Select(edge => edge.ToString())
            .ToList();

        Assert.True(against.Count == 0, $"{project}: edges against the declared folder order:\n" + string.Join('\n', against));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_folder_has_a_declared_place(string project)
    {
        var folders = FolderDependencyReader.Folders(AssemblyPath(project), project);

        Assert.Equal(LayerOf(project).Keys.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_reader_sees_edges_that_only_the_compiled_code_shows()
    {
        var bot = FolderDependencyReader.Edges(AssemblyPath("Briefing.Bot"), "Briefing.Bot");
        var wire = FolderDependencyReader.Edges(AssemblyPath("Briefing.Discord"), "Briefing.Discord");

        // Written as `Commands.IChannelDirectory` inside the Discord folder: no using line names it.
        Assert.Contains(bot, edge => edge is { From: "Discord", To: "Commands" });
        Assert.Contains(bot, edge => edge is { From: "Discord", To: "Hosting" });
        Assert.Contains(wire, edge => edge is { From: "Interactions", To: "Rest" });
    }

    private static Dictionary<string, int> LayerOf(string project) =>
        (project == "Briefing.Bot" ? BotLayers : WireLayers)
            .SelectMany((folders, layer) => folders.Select(folder => (folder, layer)))
            .ToDictionary(pair => pair.folder, pair => pair.layer, StringComparer.Ordinal);

    private static string AssemblyPath(string project) =>
        (project == "Briefing.Bot" ? typeof(CliApp) : typeof(IDiscordRestClient)).Assembly.Location;
}
