using Briefing.Discord.Models;

namespace Briefing.Discord.Gateway;

/// <summary>One shard's session: written by that shard's gateway reader, read by anyone through <see cref="GatewayShardSet"/>.</summary>
internal sealed class GatewaySessionState(int shardId) : IGatewaySession
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong? _botUserId;
    private ulong? _applicationId;
    private string? _sessionId;
    private string? _resumeGatewayUrl;
    private int? _lastSequence;
    private volatile bool _connected;

    public int ShardId { get; } = shardId;

    public ulong? BotUserId { get { lock (_gate) { return _botUserId; } } }

    public ulong? ApplicationId { get { lock (_gate) { return _applicationId; } } }

    public string? SessionId { get { lock (_gate) { return _sessionId; } } }

    public string? ResumeGatewayUrl { get { lock (_gate) { return _resumeGatewayUrl; } } }

    public int? LastSequence { get { lock (_gate) { return _lastSequence; } } }

    public bool IsConnected => _connected;

    /// <summary>Set on READY or RESUMED, cleared when that connection ends (whatever the reason).</summary>
    public void SetConnected(bool connected) => _connected = connected;

    /// <summary>A RESUME needs both a session id and a sequence to replay from.</summary>
    public bool CanResume { get { lock (_gate) { return _sessionId is not null && _lastSequence is not null; } } }

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public void ApplyReady(GatewayReady ready)
    {
        lock (_gate)
        {
            _botUserId = ready.User.Id;
            _applicationId = ready.Application?.Id ?? _applicationId;
            _sessionId = ready.SessionId;
            _resumeGatewayUrl = ready.ResumeGatewayUrl;
        }

        _ready.TrySetResult();
    }

    public void TrackSequence(int sequence)
    {
        lock (_gate)
        {
            _lastSequence = sequence;
        }
    }

    /// <summary>Forget the session (op 9 d=false, 4007, 4009): the next connection IDENTIFYs from scratch.</summary>
    public void ClearSession()
    {
        lock (_gate)
        {
            _sessionId = null;
            _resumeGatewayUrl = null;
            _lastSequence = null;
        }
    }
}
