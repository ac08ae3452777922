namespace Briefing.Discord.Gateway;

/// <summary>What the next connection should do after one ended.</summary>
internal enum ConnectionEndKind
{
    /// <summary>Dropped socket, zombie, or a resumable close code: RESUME after a backoff.</summary>
    Resume,

    /// <summary>op 7 RECONNECT: RESUME right away.</summary>
    ReconnectRequested,

    /// <summary>op 9 with d=false: wait 1-5 s, then IDENTIFY anew.</summary>
    InvalidSession,

    /// <summary>Close 4007/4009: IDENTIFY anew.</summary>
    NewSession,

    /// <summary>Close 4004 or 4010-4014: never reconnect.</summary>
    Fatal,
}

/// <summary>How a connection ended, the server's close code if any, and whether it got as far as READY/RESUMED.</summary>
internal sealed record ConnectionEnd(ConnectionEndKind Kind, int? CloseCode, bool ReachedReady);
