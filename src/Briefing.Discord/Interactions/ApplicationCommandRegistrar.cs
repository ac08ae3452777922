using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Registers the declared commands with ONE bulk overwrite PUT (global, or the Discord:DevGuildId guild),
/// and only when the declared set differs from the last registered one: the SHA-256 of the serialized
/// set is kept in <see cref="ICommandRegistrationStateStore"/> under a key per application and scope.
/// </summary>
public sealed class ApplicationCommandRegistrar(
    IDiscordRestClient restClient, ICommandRegistrationStateStore stateStore, IOptions<DiscordOptions> options, ILogger<ApplicationCommandRegistrar> logger)
{
    /// <summary>Returns true when a PUT was sent, false when the stored hash showed the set unchanged.</summary>
    public async Task<bool> RegisterAsync(ulong applicationId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken)
    {
        SlashCommandValidator.Validate(commands);
        var guildId = options.Value.DevGuildId;
        var scope = guildId is { } guild ? $"guild:{guild.ToString(CultureInfo.InvariantCulture)}" : "global";
        var key = $"discord:commands:{applicationId.ToString(CultureInfo.InvariantCulture)}:{scope}";
        var hash = ComputeHash(commands);
        if (await stateStore.GetAsync(key, cancellationToken).ConfigureAwait(false) == hash)
        {
            InteractionLog.CommandsUnchanged(logger, scope);
            return false;
        }
        var registered = await restClient.BulkOverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken).ConfigureAwait(false);
        // Stored only after Discord accepted the set: a failed PUT is retried on the next start.
        await stateStore.SetAsync(key, hash, cancellationToken).ConfigureAwait(false);
        InteractionLog.CommandsRegistered(logger, registered.Count, scope);
        return true;
    }

    /// <summary>Stable across runs: the source-generated serializer writes members in declaration order.</summary>
    public static string ComputeHash(IReadOnlyList<SlashCommand> commands)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListSlashCommand);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
