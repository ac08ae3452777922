using System.Globalization;
using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// A slash command a person types, as the fake turns it into INTERACTION_CREATE (type 2 APPLICATION_COMMAND).
/// Options are (name, Discord option type, value): 3 string, 4 integer, 5 boolean, 7 channel, 11 attachment (the file's id).
/// </summary>
public sealed record FakeSlashCommand(string Name, string? Subcommand = null, params (string Name, int Type, string Value)[] Options)
{
    /// <summary>View Channel | Send Messages | Read Message History | Use Application Commands; no Manage Server.</summary>
    public const ulong MemberPermissions = (1UL << 10) | (1UL << 11) | (1UL << 16) | (1UL << 31);
    public const ulong ManageGuild = 1UL << 5;

    public ulong Permissions { get; init; } = MemberPermissions;
    public ulong ChannelId { get; init; } = FakeDiscordIds.Channel;

    /// <summary>2 APPLICATION_COMMAND; 4 APPLICATION_COMMAND_AUTOCOMPLETE (see <see cref="Autocomplete"/>).</summary>
    public int InteractionType { get; init; } = 2;
    /// <summary>For autocomplete: the option being typed (Discord marks it <c>focused</c> and sends its text as a string).</summary>
    public string? FocusedOption { get; init; }

    /// <summary>Files given to attachment options (type 11): Discord sends each option's value as the file's id and the file in <c>data.resolved.attachments</c>.</summary>
    public IReadOnlyList<FakeAttachment> Attachments { get; init; } = [];

    public static FakeSlashCommand String(string name, string option, string value) => new(name, null, (option, 3, value));

    /// <summary>Someone running /<paramref name="name"/> with <paramref name="file"/> uploaded into the attachment option <paramref name="option"/>.</summary>
    public static FakeSlashCommand Attachment(string name, string option, FakeAttachment file) =>
        new(name, null, (option, 11, file.Id.ToString(CultureInfo.InvariantCulture))) { Attachments = [file] };

    /// <summary>Someone typing <paramref name="typed"/> into an option of type <paramref name="optionType"/>: an autocomplete request.</summary>
    public static FakeSlashCommand Autocomplete(string name, string? subcommand, string option, int optionType, string typed) =>
        new(name, subcommand, (option, optionType, typed)) { InteractionType = 4, FocusedOption = option };

    private JsonObject Data(string commandId, JsonArray options)
    {
        var data = new JsonObject { ["id"] = commandId, ["name"] = Name, ["type"] = 1, ["options"] = options };
        if (Attachments.Count > 0)
        {
            var files = new JsonObject();
            foreach (var file in Attachments) files[file.Id.ToString(CultureInfo.InvariantCulture)] = file.ToJson();
            data["resolved"] = new JsonObject { ["attachments"] = files };
        }

        return data;
    }

    /// <summary>The INTERACTION_CREATE payload; <paramref name="commandId"/> is the id the bot registered.</summary>
    public JsonObject ToPayload(ulong interactionId, string token, string commandId)
    {
        var options = new JsonArray([.. Options.Select(o => (JsonNode)(o.Name == FocusedOption
            ? new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value, ["focused"] = true }
            : new JsonObject
            {
                ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Type switch { 4 => long.Parse(o.Value), 5 => bool.Parse(o.Value), _ => o.Value },
            }))]);
        if (Subcommand is not null) options = [new JsonObject { ["name"] = Subcommand, ["type"] = 1, ["options"] = options }];
        var channelType = ChannelId == FakeDiscordIds.Channel ? 0 : 11;
        return new JsonObject
        {
            ["id"] = interactionId.ToString(), ["application_id"] = FakeDiscordIds.Application.ToString(), ["type"] = InteractionType, ["token"] = token, ["version"] = 1,
            ["data"] = Data(commandId, options),
            ["guild_id"] = FakeDiscordIds.Guild.ToString(), ["channel_id"] = ChannelId.ToString(),
            ["channel"] = new JsonObject { ["id"] = ChannelId.ToString(), ["type"] = channelType, ["guild_id"] = FakeDiscordIds.Guild.ToString() },
            ["member"] = new JsonObject
            {
                ["user"] = FakeDiscordWorld.User(FakeDiscordIds.User, "reader"), ["roles"] = new JsonArray(), ["permissions"] = Permissions.ToString(),
                ["joined_at"] = "2026-01-01T00:00:00.000000+00:00", ["deaf"] = false, ["mute"] = false, ["flags"] = 0,
            },
            ["app_permissions"] = "2251804225", ["locale"] = "en-US", ["guild_locale"] = "en-US", ["entitlements"] = new JsonArray(), ["context"] = 0,
        };
    }
}
