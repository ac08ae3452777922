using Briefing.Discord.Diagnostics;
using Briefing.Discord.Limits;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Answers one interaction and remembers whether it was acknowledged, so a second ack (40060) is never
/// sent. Its auto-defer guard sends a deferred response (type 5; type 6 for components) when the handler
/// has not answered by the configured delay after arrival; the answer then edits the original response
/// (<see cref="EditOriginalAsync"/>), and replies after that become follow-ups. Calls are serialized, so the guard and
/// the handler never race each other into two acknowledgements.
/// </summary>
public sealed partial class InteractionResponder : IAsyncDisposable
{
    private readonly IDiscordRestClient _restClient;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposed = new();
    private readonly List<ITimer> _autoDeferAlarms = [];
    private Task _autoDeferTask = Task.CompletedTask;
    // Set once DisposeAsync starts: no alarm may ring after that.
    private bool _retired;
    private readonly DiscordMetrics? _metrics;
    private readonly DateTimeOffset _arrivedAt;
    // Null over the gateway (the callback request); the HTTP endpoint's response otherwise.
    private readonly IInteractionAcknowledger? _acknowledger;

    internal InteractionResponder(
        Interaction interaction, IDiscordRestClient restClient, TimeProvider timeProvider, ILogger logger, DiscordMetrics? metrics = null, DateTimeOffset? arrivedAt = null,
        IInteractionAcknowledger? acknowledger = null)
    {
        _acknowledger = acknowledger;
        _metrics = metrics;
        _arrivedAt = arrivedAt ?? timeProvider.GetUtcNow();
        Interaction = interaction;
        _restClient = restClient;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public Interaction Interaction { get; }
    public InteractionResponseState State { get; private set; }
    public bool IsAcknowledged => State != InteractionResponseState.NotAcknowledged;
    /// <summary>True when the guard, not the handler, acknowledged the interaction.</summary>
    public bool WasAutoDeferred { get; private set; }
    /// <summary>Whether the guard's deferral is EPHEMERAL (decides who sees the eventual answer).</summary>
    public bool AutoDeferEphemeral { get; set; }
    /// <summary>
    /// True when the acknowledgement (the handler's or the guard's) made the original response EPHEMERAL. Discord
    /// fixes that visibility for good: an edit of the original cannot change it.
    /// </summary>
    public bool IsOriginalEphemeral { get; private set; }

    /// <summary>Type 5 ("thinking..."), optionally EPHEMERAL. Returns false when already acknowledged.</summary>
    public Task<bool> DeferAsync(bool ephemeral, CancellationToken cancellationToken) => UnderGateAsync(ct =>
        DeferCoreAsync(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral, ct), cancellationToken);

    /// <summary>Type 6 for components: acknowledge now, edit the message later. Returns false when already acknowledged.</summary>
    public Task<bool> DeferUpdateAsync(CancellationToken cancellationToken)
    {
        RequireComponentMessage();
        return UnderGateAsync(ct => DeferCoreAsync(InteractionCallbackType.DeferredUpdateMessage, ephemeral: false, ct), cancellationToken);
    }

    /// <summary>
    /// Type 4: answer at once with a message (EPHEMERAL when the payload's flags say so), for replies that need no
    /// work, such as a note on an expired button. Returns false when already acknowledged.
    /// </summary>
    public Task<bool> ReplyAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return UnderGateAsync(async ct =>
        {
            if (State != InteractionResponseState.NotAcknowledged)
            {
                return false;
            }
            await AcknowledgeAsync(InteractionCallbackType.ChannelMessageWithSource, MessageData(message), ct).ConfigureAwait(false);
            State = InteractionResponseState.Replied;
            IsOriginalEphemeral = ((message.Flags ?? 0) & MessagePayload.EphemeralFlag) != 0;
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Type 4 carrying a command's answer, asking Discord for the message it creates (see <see cref="OriginalMessage"/>):
    /// the whole reply in one request. Returns false, sending nothing, when already acknowledged (the budget's deferral
    /// won the race): the answer then edits the original.
    /// </summary>
    public Task<bool> AnswerAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return UnderGateAsync(async ct =>
        {
            if (State != InteractionResponseState.NotAcknowledged)
            {
                return false;
            }
            // Checked like any message the bot posts (limits, allowed_mentions), since this one carries article text.
            var result = await AcknowledgeWithResultAsync(
                InteractionCallbackType.ChannelMessageWithSource, MessageData(MessageLimits.Prepare(message)), ct).ConfigureAwait(false);
            State = InteractionResponseState.Replied;
            IsOriginalEphemeral = ((message.Flags ?? 0) & MessagePayload.EphemeralFlag) != 0;
            OriginalMessage = result.Resource?.Message;
            return true;
        }, cancellationToken);
    }

    /// <summary>The message a type-4 <see cref="AnswerAsync"/> created, when Discord returned it.</summary>
    public DiscordMessage? OriginalMessage { get; private set; }

    /// <summary>
    /// Type 8 for autocomplete: the suggestions (at most 25, see <see cref="AutocompleteChoices"/>), the one and only
    /// answer such an interaction takes. Returns false when already answered.
    /// </summary>
    public Task<bool> SuggestAsync(IReadOnlyList<AutocompleteChoice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (Interaction.Type != InteractionType.ApplicationCommandAutocomplete)
        {
            throw new InvalidOperationException($"Suggestions answer autocomplete only; this is a {Interaction.Type} interaction.");
        }
        return UnderGateAsync(async ct =>
        {
            if (State != InteractionResponseState.NotAcknowledged)
            {
                return false;
            }
            var data = new InteractionCallbackData { Choices = [.. choices.Take(AutocompleteChoices.MaxChoices)] };
            await AcknowledgeAsync(InteractionCallbackType.ApplicationCommandAutocompleteResult, data, ct).ConfigureAwait(false);
            State = InteractionResponseState.Replied;
            return true;
        }, cancellationToken);
    }

    /// <summary>PATCH the original response (after an acknowledgement); returns the edited message.</summary>
    public Task<DiscordMessage> EditOriginalAsync(MessagePayload message, CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        RequireWebhookUsable();
        var edited = await EditOriginalCoreAsync(message, ct).ConfigureAwait(false);
        if (State == InteractionResponseState.Deferred)
        {
            State = InteractionResponseState.Replied;
        }
        return edited;
    }, cancellationToken);

    /// <summary>
    /// Shows interim content (a status line) in place of the "thinking..." of a deferred original and leaves it
    /// deferred, so the answer still edits the original. Not an acknowledgement; returns false (and sends nothing) when
    /// there is no pending original: not yet deferred, already answered, deleted or expired.
    /// </summary>
    public Task<bool> EditPendingOriginalAsync(MessagePayload message, CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        if (State != InteractionResponseState.Deferred)
        {
            return false;
        }
        await EditOriginalCoreAsync(message, ct).ConfigureAwait(false);
        return true;
    }, cancellationToken);

    /// <summary>
    /// DELETE the original response, e.g. a public "thinking..." that must not turn into a private answer. Not an
    /// acknowledgement; afterwards every reply is a follow-up, a new message that may be EPHEMERAL (a follow-up only
    /// replaces the original while that "thinking..." message still exists).
    /// </summary>
    public Task DeleteOriginalAsync(CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        RequireWebhookUsable();
        await ExpireOnNotFoundAsync(() => _restClient.DeleteOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, ct)).ConfigureAwait(false);
        State = InteractionResponseState.Replied;
        IsOriginalEphemeral = false;
    }, cancellationToken);

    /// <summary>Another message on the interaction's webhook (after an acknowledgement; EPHEMERAL allowed); returns it.</summary>
    public Task<DiscordMessage> FollowUpAsync(MessagePayload message, CancellationToken cancellationToken) =>
        UnderGateAsync(ct => FollowUpCoreAsync(message, ct), cancellationToken);

    /// <summary>
    /// Records an acknowledgement made outside this responder (the HTTP interactions endpoint answers in
    /// its HTTP response): type 5 or 6 only, without flags (so the original is public). The guard then has nothing left to do.
    /// </summary>
    public void MarkAcknowledged(InteractionCallbackType deferralType)
    {
        State = deferralType switch
        {
            InteractionCallbackType.DeferredChannelMessageWithSource => InteractionResponseState.Deferred,
            InteractionCallbackType.DeferredUpdateMessage => InteractionResponseState.DeferredUpdate,
            _ => throw new ArgumentOutOfRangeException(nameof(deferralType), "Only deferrals (5, 6) can be made outside the responder."),
        };
    }
}
