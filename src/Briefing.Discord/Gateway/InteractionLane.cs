using System.Text.Json;
using System.Threading.Channels;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// INTERACTION_CREATE's own lane beside the event queue: an interaction is read and its responder made the moment
/// its frame arrives, so the ack budget (and the 2-s guard) run from arrival whatever waits ahead of it, and it never
/// queues behind other events. The lane never blocks the socket reader: when it is full, the interaction is answered
/// at once with a short "busy, try again" (EPHEMERAL; an empty suggestion list for autocomplete) instead of being dropped.
/// </summary>
internal sealed class InteractionLane : IInteractionInbox
{
    private readonly Channel<InteractionCreate> _channel;
    private readonly IServiceProvider _services;
    private readonly ILogger<InteractionLane> _logger;

    /// <summary>The shard id an interaction from the HTTP endpoint carries: it came from no shard.</summary>
    public const int HttpShardId = -1;

    private readonly bool _hasHandler;

    public InteractionLane(IOptions<InteractionOptions> options, IServiceProvider services, ILogger<InteractionLane> logger, IEnumerable<GatewayEventRoute> routes)
    {
        _hasHandler = routes.Any(route => route.EventName == InteractionCreate.EventName);
        _channel = Channel.CreateBounded<InteractionCreate>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _services = services;
        _logger = logger;
    }

    public ChannelReader<InteractionCreate> Reader => _channel.Reader;

    /// <summary>Interactions waiting for a handler.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Takes an INTERACTION_CREATE without waiting; the returned task is a "busy" answer in flight, if any.</summary>
    public Task Accept(GatewayEvent gatewayEvent)
    {
        InteractionCreate created;
        try
        {
            created = InteractionCreate.Read(gatewayEvent);
        }
        catch (JsonException ex)
        {
            GatewayDispatchLog.UnreadablePayload(_logger, gatewayEvent.Name, nameof(InteractionLane), ex);
            return Task.CompletedTask;
        }

        // Resolved per interaction: the factory is transient like the typed REST client it holds, so IHttpClientFactory
        // can rotate handlers; neither is disposable, so the root provider keeps no reference.
        var responder = _services.GetRequiredService<IInteractionResponderFactory>().Create(created.Interaction, created.ArrivedAt);
        var item = created with { Responder = responder };
        return _channel.Writer.TryWrite(item) ? Task.CompletedTask : AnswerBusyAsync(item, responder);
    }

    public bool TryPost(Interaction interaction, InteractionResponder responder, DateTimeOffset arrivedAt) =>
        _hasHandler && _channel.Writer.TryWrite(new InteractionCreate(interaction, HttpShardId, arrivedAt) { Responder = responder });

    private async Task AnswerBusyAsync(InteractionCreate item, InteractionResponder responder)
    {
        await using (responder.ConfigureAwait(false))
        {
            GatewayDispatchLog.InteractionLaneFull(_logger, item.Interaction.Id, item.ShardId, Count);
            try
            {
                if (item.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
                {
                    await responder.SuggestAsync([], CancellationToken.None).ConfigureAwait(false);
                }
                else
                {
                    await responder.ReplyAsync(BusyReply.Message, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                GatewayDispatchLog.BusyAnswerFailed(_logger, item.Interaction.Id, ex);
            }
        }
    }
}
