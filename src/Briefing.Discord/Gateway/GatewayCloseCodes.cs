namespace Briefing.Discord.Gateway;

/// <summary>What a gateway close code means for the next connection (Discord docs, gateway close event codes).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Sent by this client when it drops a connection it wants to RESUME: any code but 1000/1001 keeps the session.</summary>
    public const int ClientReconnecting = 4900;

    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>Reconnecting after these can never succeed (and a bad token must not be retried): stop the host.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= InvalidShard and <= DisallowedIntents);

    /// <summary>The session is gone but a fresh IDENTIFY works.</summary>
    public static bool RequiresNewSession(int code) => code is InvalidSequence or SessionTimedOut;

    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "authentication failed: the bot token is invalid",
        InvalidShard => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        ShardingRequired => "sharding required: the bot is in too many guilds for Discord:ShardCount",
        InvalidApiVersion => "invalid API version",
        InvalidIntents => "invalid intents",
        DisallowedIntents => "disallowed intents: enable MESSAGE_CONTENT in the Developer Portal or set Discord:MessageContent=false",
        _ => "unexpected close",
    };
}
