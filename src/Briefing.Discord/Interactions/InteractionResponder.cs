using System.Net;
using Briefing.Discord.Interactions.Models;
using Briefing.Discord.Messages.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Answers one interaction and remembers whether it was acknowledged, so a second ack (40060) is never
/// sent. Its auto-defer guard sends a deferred response (type 5; type 6 for components) when the handler
/// has not answered by the configured delay after arrival; a later <see cref="ReplyAsync"/> then edits the
/// original response, and replies after that become follow-ups. Calls are serialized, so the guard and
/// the handler never race each other into two acknowledgements.
/// </summary>
public sealed class InteractionResponder : IAsyncDisposable
{
    private readonly IDiscordRestClient _restClient;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposed = new();
    private ITimer? _autoDeferTimer;
    private Task _autoDeferTask = Task.CompletedTask;

    internal InteractionResponder(Interaction interaction, IDiscordRestClient restClient, TimeProvider timeProvider, ILogger logger)
    {
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

    /// <summary>Visible answer: type 4 when not yet acknowledged, the edit of the original after a deferral, else a follow-up.</summary>
    public Task ReplyAsync(MessagePayload message, CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        switch (State)
        {
            case InteractionResponseState.NotAcknowledged:
                await AcknowledgeAsync(InteractionCallbackType.ChannelMessageWithSource, InteractionCallbackData.FromMessage(message), ct).ConfigureAwait(false);
                State = InteractionResponseState.Replied;
                break;
            case InteractionResponseState.Deferred:
                await _restClient.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, WithoutFlags(message), ct).ConfigureAwait(false);
                State = InteractionResponseState.Replied;
                break;
            default:
                await FollowUpCoreAsync(message, ct).ConfigureAwait(false);
                break;
        }
    }, cancellationToken);

    /// <summary>Type 5 ("thinking..."), optionally EPHEMERAL. Returns false when already acknowledged.</summary>
    public Task<bool> DeferAsync(bool ephemeral, CancellationToken cancellationToken) => UnderGateAsync(ct =>
        DeferCoreAsync(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral, ct), cancellationToken);

    /// <summary>Type 6 for components: acknowledge now, edit the message later. Returns false when already acknowledged.</summary>
    public Task<bool> DeferUpdateAsync(CancellationToken cancellationToken) => UnderGateAsync(ct =>
        DeferCoreAsync(InteractionCallbackType.DeferredUpdateMessage, ephemeral: false, ct), cancellationToken);

    /// <summary>Edits the message a component sits on: type 7 first, the original after a type 6.</summary>
    public Task UpdateMessageAsync(MessagePayload message, CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        if (State == InteractionResponseState.NotAcknowledged)
        {
            await AcknowledgeAsync(InteractionCallbackType.UpdateMessage, InteractionCallbackData.FromMessage(message), ct).ConfigureAwait(false);
        }
        else
        {
            RequireWebhookUsable();
            await _restClient.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, WithoutFlags(message), ct).ConfigureAwait(false);
        }
        State = InteractionResponseState.Replied;
    }, cancellationToken);

    /// <summary>Type 9. A modal can only be the first response.</summary>
    public Task ShowModalAsync(InteractionModal modal, CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        if (State != InteractionResponseState.NotAcknowledged)
        {
            throw new InvalidOperationException("A modal must be the first response to an interaction; this one was already acknowledged.");
        }
        await AcknowledgeAsync(InteractionCallbackType.Modal,
            new InteractionCallbackData { CustomId = modal.CustomId, Title = modal.Title, Components = modal.Components }, ct).ConfigureAwait(false);
        State = InteractionResponseState.ModalShown;
    }, cancellationToken);

    /// <summary>PATCH the original response (after an acknowledgement).</summary>
    public Task EditOriginalAsync(MessagePayload message, CancellationToken cancellationToken) => UnderGateAsync(async ct =>
    {
        RequireWebhookUsable();
        await _restClient.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, WithoutFlags(message), ct).ConfigureAwait(false);
        if (State == InteractionResponseState.Deferred)
        {
            State = InteractionResponseState.Replied;
        }
    }, cancellationToken);

    /// <summary>Another message on the interaction's webhook (after an acknowledgement; EPHEMERAL allowed).</summary>
    public Task FollowUpAsync(MessagePayload message, CancellationToken cancellationToken) =>
        UnderGateAsync(ct => FollowUpCoreAsync(message, ct), cancellationToken);

    internal void ArmAutoDefer(DateTimeOffset dueAt)
    {
        var due = dueAt - _timeProvider.GetUtcNow();
        _autoDeferTimer = _timeProvider.CreateTimer(_ => _autoDeferTask = AutoDeferAsync(), null,
            due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes when a guard deferral that already started has finished (for orderly shutdown and tests).</summary>
    public Task AutoDeferCompletion => _autoDeferTask;

    public async ValueTask DisposeAsync()
    {
        if (_autoDeferTimer is not null)
        {
            await _autoDeferTimer.DisposeAsync().ConfigureAwait(false);
        }
        await _autoDeferTask.ConfigureAwait(false);
        _disposed.Dispose();
    }

    private async Task AutoDeferAsync()
    {
        try
        {
            var type = Interaction.Type == InteractionType.MessageComponent
                ? InteractionCallbackType.DeferredUpdateMessage
                : InteractionCallbackType.DeferredChannelMessageWithSource;
            var deferred = await UnderGateAsync(ct => DeferCoreAsync(type, AutoDeferEphemeral, ct), _disposed.Token).ConfigureAwait(false);
            if (deferred)
            {
                WasAutoDeferred = true;
                InteractionLog.AutoDeferred(_logger, Interaction.Id);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            InteractionLog.AutoDeferFailed(_logger, Interaction.Id, exception);
        }
        catch (OperationCanceledException)
        {
            // Disposed before the guard fired its request: the handler is done with this interaction.
        }
    }

    private async Task<bool> DeferCoreAsync(InteractionCallbackType type, bool ephemeral, CancellationToken cancellationToken)
    {
        if (State != InteractionResponseState.NotAcknowledged)
        {
            return false;
        }
        // Type 5 accepts only the EPHEMERAL flag; type 6 takes no data.
        var data = ephemeral && type == InteractionCallbackType.DeferredChannelMessageWithSource
            ? new InteractionCallbackData { Flags = MessagePayload.EphemeralFlag }
            : null;
        await AcknowledgeAsync(type, data, cancellationToken).ConfigureAwait(false);
        State = type == InteractionCallbackType.DeferredUpdateMessage ? InteractionResponseState.DeferredUpdate : InteractionResponseState.Deferred;
        return true;
    }

    private async Task AcknowledgeAsync(InteractionCallbackType type, InteractionCallbackData? data, CancellationToken cancellationToken)
    {
        try
        {
            await _restClient.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, new InteractionResponse { Type = type, Data = data }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DiscordRestException exception) when (exception.DiscordCode == 10062 || exception.StatusCode == HttpStatusCode.NotFound)
        {
            State = InteractionResponseState.Expired;
            InteractionLog.Expired(_logger, Interaction.Id);
            throw;
        }
    }

    private async Task FollowUpCoreAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        RequireWebhookUsable();
        await _restClient.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken).ConfigureAwait(false);
        if (State is InteractionResponseState.Deferred)
        {
            // The first follow-up after a type 5 replaces the "thinking..." message.
            State = InteractionResponseState.Replied;
        }
    }

    private void RequireWebhookUsable()
    {
        if (State is InteractionResponseState.NotAcknowledged or InteractionResponseState.Expired)
        {
            throw new InvalidOperationException($"Interaction {Interaction.Id} is {State}; edits and follow-ups need an acknowledged, live interaction.");
        }
    }

    // The original's visibility was fixed by the acknowledgement; flags on an edit are ignored or rejected.
    private static MessagePayload WithoutFlags(MessagePayload message) => message with { Flags = null };

    private async Task<T> UnderGateAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task UnderGateAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        UnderGateAsync(async ct =>
        {
            await action(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
