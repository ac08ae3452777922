using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;

namespace Briefing.Discord.Tests.Json;

/// <summary>
/// Malformed gateway payloads, generated: every member of a well-formed interaction and message is in turn removed,
/// nulled, or given a value of another type. Reading one either succeeds or fails with a <see cref="JsonException"/>
/// (which the event reader logs and skips); nothing else may escape, and what parses can be used without throwing.
/// </summary>
public sealed class PayloadMutationTests
{
    private const string InteractionJson = """
        {"id":"1300000000000000001","application_id":"1290000000000000001","type":2,"token":"interaction-token","version":1,
         "guild_id":"1200000000000000001","channel_id":"1210000000000000001",
         "channel":{"id":"1210000000000000001","type":11,"parent_id":"1210000000000000002","name":"Discuss: tides"},
         "member":{"user":{"id":"1100000000000000001","username":"reader","global_name":"Reader"},"roles":["1220000000000000001"],
                   "permissions":"32","joined_at":"2024-01-01T00:00:00+00:00"},
         "app_permissions":"2048","locale":"en-US",
         "data":{"id":"1230000000000000001","name":"digest","type":1,
                 "options":[{"name":"subscribe","type":1,"options":[
                     {"name":"channel","type":7,"value":"1210000000000000003"},{"name":"time","type":3,"value":"08:30"},
                     {"name":"count","type":4,"value":3}]}],
                 "resolved":{"channels":{"1210000000000000003":{"id":"1210000000000000003","type":0,"name":"news","permissions":"1024"}},
                             "users":{"1100000000000000001":{"id":"1100000000000000001","username":"reader"}}}}}
        """;

    private const string MessageJson = """
        {"id":"1300000000000000009","channel_id":"1210000000000000001","guild_id":"1200000000000000001",
         "author":{"id":"1100000000000000001","username":"reader","bot":false},
         "content":"<@1290000000000000001> why does the timing matter?",
         "mentions":[{"id":"1290000000000000001","username":"Briefing","bot":true}],"mention_everyone":false,
         "timestamp":"2026-01-01T00:00:00+00:00","type":0,"message_reference":{"message_id":"1300000000000000008","channel_id":"1210000000000000001"}}
        """;

    [Fact]
    public void Every_mutation_of_an_interaction_parses_or_is_a_json_error()
    {
        var outcomes = Mutate(InteractionJson, data =>
        {
            var interaction = DiscordPayloadParser.ParseInteraction(data);
            _ = (interaction.Invoker?.Id, interaction.EffectiveChannelId, interaction.IsInThread);
            if (InvokedCommand.From(interaction) is { } command)
            {
                _ = command.Options.Values.Select(option => option.ValueText).ToList();
            }
        });

        AssertOnlyJsonErrors(outcomes);
    }

    [Fact]
    public void Every_mutation_of_a_message_parses_or_is_a_json_error()
    {
        var outcomes = Mutate(MessageJson, data =>
        {
            var message = DiscordPayloadParser.ParseMessage(data);
            _ = (message.Author.Bot, message.WebhookId, message.MentionsUser(1290000000000000001UL), message.Content.Length);
        });

        AssertOnlyJsonErrors(outcomes);
    }

    private static void AssertOnlyJsonErrors(List<(string Mutation, Exception? Error)> outcomes)
    {
        var escaped = outcomes.Where(o => o.Error is not null and not JsonException).Select(o => $"{o.Mutation}: {o.Error!.GetType().Name}: {o.Error.Message}").ToList();
        Assert.True(escaped.Count == 0, string.Join(Environment.NewLine, escaped));
        // The generator really produced both kinds: payloads that still read and ones that are refused.
        Assert.Contains(outcomes, o => o.Error is null);
        Assert.Contains(outcomes, o => o.Error is JsonException);
        Assert.True(outcomes.Count > 100, $"only {outcomes.Count} mutations");
    }

    private static List<(string Mutation, Exception? Error)> Mutate(string json, Action<JsonElement> read)
    {
        var outcomes = new List<(string, Exception?)>();
        var paths = new List<string>();
        CollectPaths(JsonNode.Parse(json)!, "$", paths);
        foreach (var path in paths)
        {
            foreach (var (name, replacement) in Replacements())
            {
                var root = JsonNode.Parse(json)!;
                Apply(root, path, replacement);
                outcomes.Add(($"{path} {name}", Read(root, read)));
            }
        }
        return outcomes;
    }

    private static Exception? Read(JsonNode root, Action<JsonElement> read)
    {
        try
        {
            using var document = JsonDocument.Parse(root.ToJsonString());
            read(document.RootElement);
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    // null stands for "remove the member".
    private static IEnumerable<(string Name, Func<JsonNode?>? Value)> Replacements() =>
    [
        ("removed", null),
        ("null", () => null),
        ("string", () => JsonValue.Create("x")),
        ("empty string", () => JsonValue.Create("")),
        ("negative", () => JsonValue.Create(-1)),
        ("huge number", () => JsonNode.Parse("123456789012345678901234567890")),
        ("fraction", () => JsonValue.Create(0.5)),
        ("boolean", () => JsonValue.Create(true)),
        ("object", () => new JsonObject()),
        ("array", () => new JsonArray()),
    ];

    private static void CollectPaths(JsonNode node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var childPath = $"{path}.{key}";
                    paths.Add(childPath);
                    if (child is not null) CollectPaths(child, childPath, paths);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    paths.Add(childPath);
                    if (array[i] is { } child) CollectPaths(child, childPath, paths);
                }
                break;
        }
    }

    private static void Apply(JsonNode root, string path, Func<JsonNode?>? replacement)
    {
        var (parent, key, index) = Locate(root, path);
        if (parent is JsonObject obj)
        {
            if (replacement is null) obj.Remove(key!);
            else obj[key!] = replacement();
        }
        else if (parent is JsonArray array)
        {
            if (replacement is null) array.RemoveAt(index);
            else array[index] = replacement();
        }
    }

    private static (JsonNode Parent, string? Key, int Index) Locate(JsonNode root, string path)
    {
        // Paths are built above from member names without dots or brackets, so a plain split is exact.
        var steps = new List<(string? Key, int Index)>();
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add((bracket < 0 ? part : part[..bracket], -1));
            for (var rest = bracket < 0 ? "" : part[bracket..]; rest.Length > 0; rest = rest[(rest.IndexOf(']', StringComparison.Ordinal) + 1)..])
            {
                steps.Add((null, int.Parse(rest[1..rest.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        var node = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            node = steps[i].Key is { } key ? node[key]! : node[steps[i].Index]!;
        }
        return (node, steps[^1].Key, steps[^1].Index);
    }
}
