using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// The fake's state: channels and threads, messages (Discord's REST shape), nonces, interactions and
/// registered commands. Every member locks, because Kestrel serves requests concurrently.
/// </summary>
public sealed partial class FakeDiscordWorld
{
    private const int EphemeralFlag = 64;
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, JsonObject> _channels = [];
    private readonly Dictionary<ulong, JsonObject> _messages = [];
    private readonly Dictionary<string, (ulong MessageId, DateTimeOffset At)> _nonces = [];
    private readonly Dictionary<string, FakeInteraction> _interactions = [];
    private readonly List<ulong> _typing = [];
    private JsonArray _commands = [];

    public FakeDiscordWorld()
    {
        _channels[FakeDiscordIds.Channel] = new JsonObject
        {
            ["id"] = FakeDiscordIds.Channel.ToString(), ["type"] = 0, ["guild_id"] = FakeDiscordIds.Guild.ToString(), ["name"] = "briefings",
        };
    }

    /// <summary>Adds a text channel of the fake guild (crash tests post digests to many channels).</summary>
    public void AddChannel(ulong id, string name)
    {
        lock (_gate)
        {
            _channels[id] = new JsonObject { ["id"] = id.ToString(), ["type"] = 0, ["guild_id"] = FakeDiscordIds.Guild.ToString(), ["name"] = name };
        }
    }

    public static JsonObject BotUser() => User(FakeDiscordIds.Application, "Briefing", bot: true);

    public static JsonObject User(ulong id, string name, bool bot = false) => new()
    {
        ["id"] = id.ToString(), ["username"] = name, ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null, ["bot"] = bot,
    };

    /// <summary>
    /// How long a nonce is remembered; null = forever. Discord checks nonces only over the past few minutes, so a
    /// crash test sets a short window and restarts the bot after it.
    /// </summary>
    public TimeSpan? NonceWindow { get; set; }

    /// <summary>How many times the command set was bulk-overwritten.</summary>
    public int CommandOverwrites { get; private set; }

    public JsonArray Commands { get { lock (_gate) { return (JsonArray)_commands.DeepClone(); } } }

    public IReadOnlyList<ulong> TypingChannels { get { lock (_gate) { return [.. _typing]; } } }

    public JsonArray OverwriteCommands(JsonArray declared)
    {
        lock (_gate)
        {
            CommandOverwrites++;
            foreach (var command in declared.OfType<JsonObject>())
            {
                command["id"] = FakeDiscordIds.NewId().ToString();
                command["application_id"] = FakeDiscordIds.Application.ToString();
                command["version"] = FakeDiscordIds.NewId().ToString();
            }
            _commands = declared;
            return (JsonArray)declared.DeepClone();
        }
    }

    public void AddInteraction(FakeInteraction interaction) { lock (_gate) { _interactions[interaction.Token] = interaction; } }

    public FakeInteraction? Interaction(string token) { lock (_gate) { return _interactions.GetValueOrDefault(token); } }

    public JsonObject? Channel(ulong id) { lock (_gate) { return _channels.GetValueOrDefault(id)?.DeepClone().AsObject(); } }

    public JsonObject? Message(ulong id) { lock (_gate) { return _messages.GetValueOrDefault(id)?.DeepClone().AsObject(); } }

    /// <summary>Messages of a channel in posting order, ephemeral ones included.</summary>
    public IReadOnlyList<JsonObject> MessagesIn(ulong channelId)
    {
        lock (_gate)
        {
            return [.. _messages.Values.Where(m => (string?)m["channel_id"] == channelId.ToString())
                .OrderBy(m => ulong.Parse((string)m["id"]!)).Select(m => m.DeepClone().AsObject())];
        }
    }

    /// <summary>
    /// <c>GET /channels/{id}/messages?after=</c>: the <paramref name="limit"/> messages right after the snowflake, newest
    /// first, as Discord returns them. Like Discord, the history carries no nonces and no ephemeral messages.
    /// </summary>
    public JsonArray MessagesAfter(ulong channelId, ulong after, int limit)
    {
        lock (_gate)
        {
            var page = _messages.Values
                .Where(m => (string?)m["channel_id"] == channelId.ToString() && ulong.Parse((string)m["id"]!) > after && ((int?)m["flags"] ?? 0) != EphemeralFlag)
                .OrderBy(m => ulong.Parse((string)m["id"]!)).Take(limit).Reverse()
                .Select(m => { var copy = m.DeepClone().AsObject(); copy.Remove("nonce"); return (JsonNode)copy; });
            return [.. page];
        }
    }

    public void RecordTyping(ulong channelId) { lock (_gate) { _typing.Add(channelId); } }

    /// <summary>
    /// Creates a message. With <c>nonce</c> + <c>enforce_nonce</c>, a repeat from the same author in the same
    /// channel returns the first message instead (<paramref name="deduplicated"/> = true), as Discord does.
    /// </summary>
    public JsonObject CreateMessage(ulong channelId, JsonObject author, JsonObject body, out bool deduplicated)
    {
        lock (_gate)
        {
            deduplicated = false;
            var nonce = body["nonce"]?.ToString();
            var nonceKey = $"{author["id"]}:{channelId}:{nonce}";
            if (nonce is not null && body["enforce_nonce"]?.GetValue<bool>() == true && _nonces.TryGetValue(nonceKey, out var existing)
                && (NonceWindow is not { } window || DateTimeOffset.UtcNow - existing.At < window))
            {
                deduplicated = true;
                return _messages[existing.MessageId].DeepClone().AsObject();
            }
            var id = FakeDiscordIds.NewId();
            var content = (string?)body["content"] ?? "";
            var message = new JsonObject
            {
                ["id"] = id.ToString(), ["type"] = 0, ["channel_id"] = channelId.ToString(), ["author"] = author.DeepClone(),
                ["content"] = content, ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"), ["tts"] = false,
                ["mention_everyone"] = WouldPingEveryone(author, content, body["allowed_mentions"] as JsonObject),
                ["mentions"] = Mentions(content), ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(),
                ["flags"] = body["flags"]?.GetValue<int>() ?? 0, ["guild_id"] = FakeDiscordIds.Guild.ToString(),
            };
            if (nonce is not null) { message["nonce"] = nonce; _nonces[nonceKey] = (id, DateTimeOffset.UtcNow); }
            if (body["message_reference"] is JsonObject reference) message["message_reference"] = reference.DeepClone();
            if (body["components"] is JsonArray components) message["components"] = components.DeepClone();
            _messages[id] = message;
            return message.DeepClone().AsObject();
        }
    }

    public JsonObject? EditMessage(ulong id, JsonObject body)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(id, out var message)) return null;
            if (body.ContainsKey("content")) message["content"] = (string?)body["content"] ?? "";
            if (body.ContainsKey("embeds")) message["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray();
            if (body.ContainsKey("components")) message["components"] = body["components"]?.DeepClone() ?? new JsonArray();
            var author = message["author"]!.AsObject();
            message["mention_everyone"] = WouldPingEveryone(author, (string?)message["content"] ?? "", body["allowed_mentions"] as JsonObject);
            message["edited_timestamp"] = DateTimeOffset.UtcNow.ToString("o");
            return message.DeepClone().AsObject();
        }
    }

    /// <summary>Removes a message; false when there is none with that id.</summary>
    public bool DeleteMessage(ulong id) { lock (_gate) { return _messages.Remove(id); } }

    public void MarkEphemeral(ulong id) { lock (_gate) { _messages[id]["flags"] = EphemeralFlag; } }

    /// <summary>Starts a thread on a message (thread id = message id); null when the message already has one (160004).</summary>
    public JsonObject? CreateThread(ulong parentId, ulong? fromMessageId, string name)
    {
        lock (_gate)
        {
            var id = fromMessageId ?? FakeDiscordIds.NewId();
            if (_channels.ContainsKey(id)) return null;
            var thread = new JsonObject
            {
                ["id"] = id.ToString(), ["type"] = fromMessageId is null ? 12 : 11, ["guild_id"] = FakeDiscordIds.Guild.ToString(),
                ["parent_id"] = parentId.ToString(), ["owner_id"] = FakeDiscordIds.Application.ToString(), ["name"] = name,
                ["thread_metadata"] = new JsonObject { ["archived"] = false, ["auto_archive_duration"] = 1440, ["locked"] = false },
            };
            _channels[id] = thread;
            return thread.DeepClone().AsObject();
        }
    }

    public IReadOnlyList<JsonObject> Threads
    {
        get { lock (_gate) { return [.. _channels.Values.Where(c => (int)c["type"]! is 11 or 12).Select(c => c.DeepClone().AsObject())]; } }
    }

    // Discord pings @everyone/@here from content only, and only when allowed_mentions permits it
    // (no allowed_mentions = the default, which parses everything).
    private static bool WouldPingEveryone(JsonObject author, string content, JsonObject? allowedMentions)
    {
        if (!content.Contains("@everyone", StringComparison.Ordinal) && !content.Contains("@here", StringComparison.Ordinal)) return false;
        if (allowedMentions is null) return true;
        return allowedMentions["parse"] is JsonArray parse && parse.Any(p => (string?)p == "everyone");
    }

    private static JsonArray Mentions(string content)
    {
        var mentions = new JsonArray();
        foreach (System.Text.RegularExpressions.Match match in MentionPattern().Matches(content))
        {
            var id = ulong.Parse(match.Groups[1].Value);
            if (id == FakeDiscordIds.Application) mentions.Add(BotUser());
            else if (id == FakeDiscordIds.User) mentions.Add(User(FakeDiscordIds.User, "reader"));
        }
        return mentions;
    }

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex MentionPattern();
}
