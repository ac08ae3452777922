namespace Briefing.Discord.Gateway;

/// <summary>
/// What the gateway learned from READY, readable by any code (singleton). <see cref="BotUserId"/> is how
/// message handlers recognise a mention of the bot; <see cref="ApplicationId"/> addresses commands and webhooks.
/// Values are null until the first READY.
/// </summary>
public interface IGatewaySession
{
    int ShardId { get; }

    ulong? BotUserId { get; }

    ulong? ApplicationId { get; }

    string? SessionId { get; }

    string? ResumeGatewayUrl { get; }

    /// <summary>Sequence number <c>s</c> of the last dispatch received; sent in heartbeats and RESUME.</summary>
    int? LastSequence { get; }

    /// <summary>Completes when the first READY has been received (stays completed across resumes and re-identifies).</summary>
    Task WaitUntilReadyAsync(CancellationToken cancellationToken);
}
