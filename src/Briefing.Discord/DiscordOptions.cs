using System.ComponentModel.DataAnnotations;

namespace Briefing.Discord;

/// <summary>Configuration section <c>Discord</c>. Without a token the executable runs the local console instead.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>Bot token; from the environment only (<c>Discord__Token</c>). Never logged.</summary>
    public string? Token { get; set; }

    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    [Range(0, 65535)]
    public int ShardId { get; set; }

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
}
