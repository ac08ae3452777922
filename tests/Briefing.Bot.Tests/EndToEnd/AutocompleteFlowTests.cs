using System.Text.Json.Nodes;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Autocomplete through the fake Discord: registration flags, type-8 suggestions in time, scope, and bad payloads.</summary>
public sealed class AutocompleteFlowTests : FakeDiscordTest
{
    private const ulong OtherGuild = 999_000_000_000_000_001;

    [Fact]
    public async Task Typing_a_query_gets_library_titles_of_this_server_as_a_type_8_callback_within_the_deadline()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var bridges = await bot.AddArticleAsync(TestArticles.Bridges);
        await bot.AddArticleAsync(TestArticles.Tides);
        await bot.AddArticleAsync(TestArticles.Bridges with
        {
            Url = "https://example.org/other-server/bridges", Title = "Bridges of another server", GuildId = OtherGuild,
            Paragraphs = ["Another server's own note about bridges, which this server must never be offered."],
        });

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Autocomplete("summarize", null, "query", 3, "bri"), CancellationToken.None);
        var callback = await CallbackOfAsync(interaction);

        Assert.Equal(8, (int?)callback["type"]);
        var choices = Choices(callback);
        Assert.Equal([("Bridges Before Ribbons", $"#{bridges}")], choices.Select(c => ((string)c["name"]!, (string)c["value"]!)));
        Assert.Equal(8, interaction.AckType);
        Assert.True(interaction.AckLatency < TimeSpan.FromSeconds(3), $"answered after {interaction.AckLatency}");
        // The answer is the suggestions alone: no message, no edit, no follow-up on this interaction.
        Assert.Null(interaction.OriginalMessageId);
        Assert.DoesNotContain(DiscordServer.Requests, r => r.Path.Contains(interaction.Token, StringComparison.Ordinal) && r.Route != DiscordBodies.Callback);
    }

    [Fact]
    public async Task Library_remove_is_registered_with_autocomplete_and_suggests_this_servers_own_articles_as_integer_ids()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        await bot.AddArticleAsync(TestArticles.Bridges);
        var own = await bot.AddArticleAsync(TestArticles.Tides with { Url = "https://example.org/ours/tides", GuildId = FakeDiscordIds.Guild, Paragraphs = ["Our own tide note."] });

        var registered = DiscordServer.World.Commands.OfType<JsonObject>().ToList();
        Assert.Equal(true, (bool?)Option(registered, "summarize", null, "query")["autocomplete"]);
        Assert.Equal(true, (bool?)Option(registered, "library", "remove", "id")["autocomplete"]);
        Assert.Null(Option(registered, "summarize", null, "length")["autocomplete"]);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Autocomplete("library", "remove", "id", 4, ""), CancellationToken.None);
        var choices = Choices(await CallbackOfAsync(interaction));

        var only = Assert.Single(choices);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, only["value"]!.GetValueKind());
        Assert.Equal(own, (long)only["value"]!);
        Assert.Equal($"#{own} · Why Tide Gauges Deserve a Bigger Budget", (string?)only["name"]);
    }

    [Theory]
    [InlineData("summarize", null, "length", 3, "sh")]
    [InlineData("nosuchcommand", null, "query", 3, "x")]
    [InlineData("library", "remove", "id", 3, "1")]
    [InlineData("summarize", null, "query", 5, "true")]
    public async Task A_payload_for_an_option_without_suggestions_or_of_the_wrong_type_gets_empty_choices(string command, string? subcommand, string option, int type, string typed)
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        await bot.AddArticleAsync(TestArticles.Bridges);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.Autocomplete(command, subcommand, option, type, typed), CancellationToken.None);
        var callback = await CallbackOfAsync(interaction);

        Assert.Equal(8, (int?)callback["type"]);
        Assert.Empty(Choices(callback));
    }

    private async Task<JsonObject> CallbackOfAsync(FakeInteraction interaction) =>
        (await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout)).BodyObject!;

    private static List<JsonObject> Choices(JsonObject callback) => [.. ((JsonArray)callback["data"]!["choices"]!).OfType<JsonObject>()];

    private static JsonObject Option(List<JsonObject> commands, string command, string? subcommand, string option)
    {
        var options = (JsonArray)commands.Single(c => (string?)c["name"] == command)["options"]!;
        if (subcommand is not null) options = (JsonArray)options.OfType<JsonObject>().Single(o => (string?)o["name"] == subcommand)["options"]!;
        return options.OfType<JsonObject>().Single(o => (string?)o["name"] == option);
    }
}
