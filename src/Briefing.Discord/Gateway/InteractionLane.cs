using System.Text.Json;
using System.Threading.Channels;
using Briefing.Discord.Interactions;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// INTERACTION_CREATE's own lane beside the event queue: an interaction is read and its responder made the moment its
/// frame arrives, so the ack budget (and the 2-s guard) run from arrival whatever waits ahead of it, and it never queues
/// behind other events. The acknowledgement is decided there and then, without waiting:
/// <list type="bullet">
/// <item>refused by the transport's checks (<see cref="IInteractionAdmission"/>: the per-user rate limit...): the
/// refusal is the acknowledgement, one private type-4 callback;</item>
/// <item>the lane already holds <see cref="InteractionOptions.EffectiveBusyFrom"/> interactions, or the command has been
/// missing the budget lately (<see cref="CommandPace"/>): deferred at once, the answer edits it later;</item>
/// <item>otherwise its handler gets the budget to answer in the acknowledgement itself;</item>
/// <item>the lane holds its capacity (the running handlers plus <see cref="InteractionOptions.QueueCapacity"/> waiting):
/// answered at once with a short "busy, try again" (EPHEMERAL; an empty suggestion list for autocomplete).</item>
/// </list>
/// The lane counts what it holds itself (taken in, until the dispatcher reports the handler finished), so its capacity is
/// exact whatever the dispatcher's loop happens to be holding. It never blocks the socket reader.
/// </summary>
internal sealed class InteractionLane : IInteractionInbox, IInteractionActivity
{
    private readonly Channel<InteractionCreate> _channel = Channel.CreateUnbounded<InteractionCreate>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly IServiceProvider _services;
    private readonly IInteractionAdmission? _admission;
    private readonly InteractionOptions _options;
    private readonly ILogger<InteractionLane> _logger;
    private readonly CommandPace _pace = new();
    private readonly int _capacity;
    private readonly bool _hasHandler;
    private int _inHand;
    private long _lastArrivedAtTicks = long.MinValue;

    /// <summary>The shard id an interaction from the HTTP endpoint carries: it came from no shard.</summary>
    public const int HttpShardId = -1;

    public InteractionLane(
        IOptions<InteractionOptions> options, IServiceProvider services, ILogger<InteractionLane> logger, IEnumerable<GatewayEventRoute> routes,
        IInteractionAdmission? admission = null)
    {
        _hasHandler = routes.Any(route => route.EventName == InteractionCreate.EventName);
        _options = options.Value;
        _capacity = _options.MaxConcurrentHandlers + _options.QueueCapacity;
        _services = services;
        _admission = admission;
        _logger = logger;
    }

    public ChannelReader<InteractionCreate> Reader => _channel.Reader;

    /// <summary>Interactions waiting for a handler.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Interactions taken in whose handler has not finished yet (running or waiting).</summary>
    public int InHand => Volatile.Read(ref _inHand);

    public DateTimeOffset? LastArrivedAt => Interlocked.Read(ref _lastArrivedAtTicks) is var ticks && ticks == long.MinValue
        ? null
        : new DateTimeOffset(ticks, TimeSpan.Zero);

    /// <summary>Takes an INTERACTION_CREATE without waiting; the returned task is an answer at arrival in flight, if any.</summary>
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
        if (Take(item, responder) is { } taken)
        {
            return taken;
        }
        responder.DisarmAutoDefer();
        return OffReader(() => AnswerAtOnceAsync(item, responder, BusyReply.Message));
    }

    public bool TryPost(Interaction interaction, InteractionResponder responder, DateTimeOffset arrivedAt)
    {
        if (!_hasHandler)
        {
            return false;
        }
        // A full lane is the caller's to answer (the HTTP endpoint writes the busy answer as its response).
        return Take(new InteractionCreate(interaction, HttpShardId, arrivedAt) { Responder = responder }, responder) is not null;
    }

    /// <summary>The dispatcher ran every handler of <paramref name="item"/> (or gave up on them): its place in the lane is free.</summary>
    public void Finished(InteractionCreate item, TimeSpan took)
    {
        ArgumentNullException.ThrowIfNull(item);
        // The pace first: whoever sees the slot free (the next arrival) must also see how long this run took.
        if (CommandPace.KeyOf(item.Interaction) is { } key)
        {
            _pace.Record(key, took);
        }
        Interlocked.Decrement(ref _inHand);
    }

    /// <summary>Null when the lane is full (nothing was sent); otherwise an answer at arrival in flight, or a completed task.</summary>
    private Task? Take(InteractionCreate item, InteractionResponder responder)
    {
        Interlocked.Exchange(ref _lastArrivedAtTicks, item.ArrivedAt.UtcTicks);
        var admission = Admit(item.Interaction);
        if (admission.Refusal is { } refusal)
        {
            var answer = MessageLimits.Prepare(refusal);
            responder.DisarmAutoDefer();
            return OffReader(() => AnswerAtOnceAsync(item, responder, answer));
        }

        var others = Interlocked.Increment(ref _inHand) - 1;
        if (others >= _capacity)
        {
            Interlocked.Decrement(ref _inHand);
            GatewayDispatchLog.InteractionLaneFull(_logger, item.Interaction.Id, item.ShardId, others);
            return null;
        }
        if (item.Interaction.Type == InteractionType.ApplicationCommand && (others >= _options.EffectiveBusyFrom || ExpectedSlow(item.Interaction)))
        {
            // Waiting out the budget would only delay the acknowledgement: this handler will not answer within it. (Should
            // the handler still get there first, its answer is the acknowledgement: the responder sends only one.)
            _ = OffReader(() =>
            {
                responder.ArmAutoDefer(item.ArrivedAt);
                return responder.AutoDeferCompletion;
            });
        }
        // Unbounded: the count above is the bound, so the write cannot fail while the lane runs.
        if (!_channel.Writer.TryWrite(item with { Admitted = admission.Checked }))
        {
            Interlocked.Decrement(ref _inHand);
            return null;
        }
        return Task.CompletedTask;
    }

    // The requests an arrival sends go from the thread pool: in a burst the socket reader must go on reading frames (a
    // reader that falls behind also carries stale sequence numbers in its heartbeats).
    private static Task OffReader(Func<Task> send) => Task.Run(send);

    private InteractionAdmission Admit(Interaction interaction)
    {
        if (_admission is null)
        {
            return InteractionAdmission.Unchecked;
        }
        try
        {
            return _admission.Admit(interaction);
        }
        catch (Exception ex)
        {
            // A payload the checks cannot read (no user, no channel...) goes to its handler, which answers such things.
            GatewayDispatchLog.AdmissionFailed(_logger, interaction.Id, ex);
            return InteractionAdmission.Unchecked;
        }
    }

    private bool ExpectedSlow(Interaction interaction) =>
        CommandPace.KeyOf(interaction) is { } key && _pace.ExpectsLongerThan(key, _options.AckBudget);

    private async Task AnswerAtOnceAsync(InteractionCreate item, InteractionResponder responder, MessagePayload answer)
    {
        await using (responder.ConfigureAwait(false))
        {
            try
            {
                if (item.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
                {
                    await responder.SuggestAsync([], CancellationToken.None).ConfigureAwait(false);
                }
                else if (!await responder.ReplyAsync(answer, CancellationToken.None).ConfigureAwait(false)
                    && responder.State == InteractionResponseState.Deferred)
                {
                    // A deferral rang before the alarms were stopped (an interaction that arrived already late): the
                    // answer still replaces its "thinking...".
                    await responder.EditOriginalAsync(answer, CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                GatewayDispatchLog.BusyAnswerFailed(_logger, item.Interaction.Id, ex);
            }
        }
    }
}
