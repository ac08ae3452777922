using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// The sessions of every shard this process runs (<c>Discord:ShardIds</c>), one <see cref="GatewaySessionState"/> each.
/// As <see cref="IGatewaySession"/> it answers what all shards share (the bot user, the application) from whichever shard
/// saw READY; the per-connection values (session id, sequence) are the lowest shard's.
/// </summary>
internal sealed class GatewayShardSet : IGatewaySession, IGatewayConnectionStatus
{
    private readonly TaskCompletionSource _anyReady = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GatewayShardSet(IOptions<DiscordOptions> options)
    {
        States = [.. options.Value.ResolveShardIds().Select(id => new GatewaySessionState(id))];
        foreach (var state in States)
        {
            _ = state.WaitUntilReadyAsync(CancellationToken.None).ContinueWith(
                static (_, done) => ((TaskCompletionSource)done!).TrySetResult(), _anyReady, TaskScheduler.Default);
        }
    }

    /// <summary>Ascending shard id.</summary>
    public IReadOnlyList<GatewaySessionState> States { get; }

    public IReadOnlyList<GatewayShardStatus> Shards => [.. States.Select(s => new GatewayShardStatus(s.ShardId, s.IsConnected))];

    public int ShardId => States[0].ShardId;

    public ulong? BotUserId => States.Select(s => s.BotUserId).FirstOrDefault(id => id is not null);

    public ulong? ApplicationId => States.Select(s => s.ApplicationId).FirstOrDefault(id => id is not null);

    public string? SessionId => States[0].SessionId;

    public string? ResumeGatewayUrl => States[0].ResumeGatewayUrl;

    public int? LastSequence => States[0].LastSequence;

    /// <summary>Completes at the first READY of any shard: from then on the bot user and application are known.</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _anyReady.Task.WaitAsync(cancellationToken);
}
