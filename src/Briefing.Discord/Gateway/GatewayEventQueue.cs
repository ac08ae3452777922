using Briefing.Discord.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Bounded buffer between the gateway reader and the dispatcher. When full, the reader waits up to
/// <see cref="DiscordGatewayOptions.EventQueueFullWait"/> (back-pressure for a burst), then drops the event and logs it:
/// blocking longer would stop the reader from seeing HEARTBEAT_ACKs and turn a slow handler into a zombied, reconnecting
/// connection, and an event that waited that long is already stale (an interaction must be answered within 3 s).
/// </summary>
internal sealed class GatewayEventQueue
{
    private readonly Channel<GatewayEvent> _channel;
    private readonly TimeSpan _fullWait;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GatewayEventQueue> _logger;

    public GatewayEventQueue(IOptions<DiscordGatewayOptions> options, TimeProvider timeProvider, ILogger<GatewayEventQueue> logger, DiscordMetrics? metrics = null)
    {
        _channel = Channel.CreateBounded<GatewayEvent>(new BoundedChannelOptions(options.Value.EventQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _fullWait = options.Value.EventQueueFullWait;
        _timeProvider = timeProvider;
        _logger = logger;
        metrics?.ObserveEventQueue(() => _channel.Reader.Count);
    }

    public ChannelReader<GatewayEvent> Reader => _channel.Reader;

    /// <summary>Returns false when the event was dropped because the queue stayed full.</summary>
    public async ValueTask<bool> EnqueueAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (_channel.Writer.TryWrite(gatewayEvent))
        {
            return true;
        }

        using var timeout = new CancellationTokenSource(_fullWait, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await _channel.Writer.WriteAsync(gatewayEvent, linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            GatewayLog.EventDropped(_logger, gatewayEvent.Name, gatewayEvent.ShardId, _fullWait);
            return false;
        }
    }
}
