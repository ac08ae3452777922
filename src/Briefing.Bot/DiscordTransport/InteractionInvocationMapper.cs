using Briefing.Bot.Commands;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Maps a Discord application command to the transport-neutral <see cref="CommandInvocation"/>: leaf options
/// by name as invariant text (channels, users and roles as their ids), the subcommand (a group, which the
/// bot does not declare, is written "group subcommand"), and Manage Server from the member's permissions
/// in this channel, which Discord computes (overwrites included) and sends with the interaction.
/// </summary>
public static class InteractionInvocationMapper
{
    public static CommandInvocation Map(Interaction interaction, InvokedCommand command, ulong? boundThreadId)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(command);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var attachments = new Dictionary<string, CommandAttachment>(StringComparer.Ordinal);
        foreach (var (name, option) in command.Options)
        {
            if (option.ValueText is { } value) options[name] = value;
            if (option.Type == ApplicationCommandOptionType.Attachment && ResolveAttachment(interaction, option.ValueText) is { } file) attachments[name] = file;
        }
        return new CommandInvocation
        {
            Name = command.Name,
            Subcommand = command.SubcommandGroup is { } group ? $"{group} {command.Subcommand}" : command.Subcommand,
            Options = options,
            Attachments = attachments,
            GuildId = interaction.GuildId,
            ChannelId = interaction.EffectiveChannelId ?? throw new InvalidOperationException($"Interaction {interaction.Id} carries no channel."),
            UserId = interaction.Invoker?.Id ?? throw new InvalidOperationException($"Interaction {interaction.Id} carries no user."),
            CanManageGuild = CanManageGuild(interaction),
            ThreadId = boundThreadId,
        };
    }

    /// <summary>
    /// The file behind an attachment option's value (its id) from <c>data.resolved.attachments</c>; null when Discord sent
    /// none or its address is not an absolute http(s) URL. The original name (<c>title</c>) wins over the sanitised one.
    /// </summary>
    private static CommandAttachment? ResolveAttachment(Interaction interaction, string? id) =>
        ulong.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key)
        && interaction.Data?.Resolved?.Attachments?.GetValueOrDefault(key) is { } file
        && Uri.TryCreate(file.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? new CommandAttachment(KeepsExtension(file.Title, file.Filename) ? file.Title! : file.Filename, file.ContentType, file.Size, url)
            : null;

    // The title is the upload's own name only when it carries the same extension (the type is read from it).
    private static bool KeepsExtension(string? title, string filename) =>
        !string.IsNullOrWhiteSpace(title) && string.Equals(Path.GetExtension(title), Path.GetExtension(filename), StringComparison.OrdinalIgnoreCase);

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5) or ADMINISTRATOR (1 &lt;&lt; 3); never in a DM, where there is no member.</summary>
    public static bool CanManageGuild(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.GuildId is not null && DiscordPermissions.Has(interaction.Member?.Permissions, DiscordPermissions.ManageGuild);
    }
}
