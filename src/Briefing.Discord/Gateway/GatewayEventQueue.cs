using Briefing.Discord.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Bounded buffer between the gateway reader and the dispatcher. When full, the reader waits up to
/// <see cref="DiscordGatewayOptions.EventQueueFullWait"/> (back-pressure for a burst), then drops the event and logs it:
/// blocking longer would stop the reader from seeing HEARTBEAT_ACKs and turn a slow handler into a zombied, reconnecting
/// connection, and an event that waited that long is already stale. INTERACTION_CREATE never enters this queue when a
/// handler takes it: it goes to the <see cref="InteractionLane"/>, which never waits and never drops one unanswered.
/// </summary>
internal sealed class GatewayEventQueue
{
    private readonly Channel<GatewayEvent> _channel;
    private readonly TimeSpan _fullWait;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GatewayEventQueue> _logger;
    private readonly InteractionLane? _interactions;

    public GatewayEventQueue(
        IOptions<DiscordGatewayOptions> options, TimeProvider timeProvider, ILogger<GatewayEventQueue> logger, DiscordMetrics? metrics = null,
        InteractionLane? interactions = null, IEnumerable<GatewayEventRoute>? routes = null)
    {
        // Without a handler of INTERACTION_CREATE there is nothing to answer with: such events queue like any other.
        _interactions = routes?.Any(route => route.EventName == InteractionCreate.EventName) == true ? interactions : null;
        _channel = Channel.CreateBounded<GatewayEvent>(new BoundedChannelOptions(options.Value.EventQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _fullWait = options.Value.EventQueueFullWait;
        _timeProvider = timeProvider;
        _logger = logger;
        metrics?.ObserveEventQueue(() => _channel.Reader.Count + (_interactions?.Count ?? 0));
    }

    public ChannelReader<GatewayEvent> Reader => _channel.Reader;

    /// <summary>The interaction lane, when a handler of INTERACTION_CREATE is registered.</summary>
    public InteractionLane? Interactions => _interactions;

    /// <summary>Returns false when the event was dropped because the queue stayed full.</summary>
    public async ValueTask<bool> EnqueueAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        if (_interactions is not null && gatewayEvent.Name == InteractionCreate.EventName)
        {
            // Never awaited here: a "busy" answer to a full lane is a REST call the reader must not wait for.
            _ = _interactions.Accept(gatewayEvent);
            return true;
        }

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
