using System.ComponentModel.DataAnnotations;

namespace Briefing.Discord;

/// <summary>Configuration section <c>Discord</c>. Without a token the executable runs the local console instead.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>Bot token; from the environment only (<c>Discord__Token</c>). Never logged.</summary>
    public string? Token { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>One shard for this process (the older single-shard key); <see cref="ShardIds"/> wins when both are set.</summary>
    [Range(0, 65535)]
    public int? ShardId { get; set; }

    /// <summary>
    /// The shards this process runs, as a range or list (<c>0-3</c>, <c>0,2</c>, see <see cref="ShardIdList"/>). Unset: the
    /// one <see cref="ShardId"/> when that is set, else every shard <c>0..ShardCount-1</c> (one process runs them all).
    /// </summary>
    public string? ShardIds { get; set; }

    /// <summary>How many shards the bot runs in total, across every process (Discord's <c>shard_count</c> in IDENTIFY).</summary>
    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// The application's public key (64 hex digits, Developer Portal → General Information). Required when
    /// <c>Discord:Interactions:Mode</c> is <c>http</c>: every POST to the interactions endpoint is verified with it.
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>Register commands on this guild only (instant updates while developing); null = global.</summary>
    public ulong? DevGuildId { get; set; }

    /// <summary>Request the privileged MESSAGE_CONTENT intent (must also be enabled in the Developer Portal).</summary>
    public bool MessageContent { get; set; }

    /// <summary>Sent in the User-Agent header as Discord requires: <c>DiscordBot (url, version)</c>.</summary>
    [Required]
    public string UserAgentUrl { get; set; } = "https://github.com/briefing-bot/briefing";

    /// <summary>
    /// Retries of a transient server failure (502/503/504 on any call; 500 or a broken connection only on
    /// GET/PUT/DELETE/HEAD) before the error reaches the caller; 0 turns them off. 429s are never counted here.
    /// </summary>
    [Range(0, 5)]
    public int ServerErrorRetries { get; set; } = 2;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>The shards this process runs, ascending; only valid after validation (<see cref="Validate"/>) passed.</summary>
    public IReadOnlyList<int> ResolveShardIds() =>
        ShardIds is not null ? ShardIdList.Parse(ShardIds, ShardCount)
        : ShardId is { } single ? [single]
        : [.. Enumerable.Range(0, ShardCount)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ShardIds is not null)
        {
            string? error = null;
            try
            {
                ShardIdList.Parse(ShardIds, ShardCount);
            }
            catch (FormatException ex)
            {
                error = ex.Message;
            }

            if (error is not null)
            {
                yield return new ValidationResult(error, [nameof(ShardIds)]);
            }
        }
        else if (ShardId >= ShardCount)
        {
            yield return new ValidationResult(
                $"shard {ShardId} is outside 0-{ShardCount - 1} (Discord:ShardCount is {ShardCount})", [nameof(ShardId)]);
        }
    }
}
