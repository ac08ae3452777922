using System.Net;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Interactions;

// The serialized acknowledgement and webhook plumbing behind the public calls.
public sealed partial class InteractionResponder
{
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
        IsOriginalEphemeral = data?.Flags == MessagePayload.EphemeralFlag;
        return true;
    }

    private async Task AcknowledgeAsync(InteractionCallbackType type, InteractionCallbackData? data, CancellationToken cancellationToken)
    {
        try
        {
            var response = new InteractionResponse { Type = type, Data = data };
            if (_acknowledger is not null)
            {
                await _acknowledger.AcknowledgeAsync(Interaction, response, withResult: false, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _restClient.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, response, cancellationToken).ConfigureAwait(false);
            }
            _metrics?.Acknowledged(_timeProvider.GetUtcNow() - _arrivedAt, (int)type);
        }
        catch (DiscordRestException exception) when (exception.DiscordCode == 10062 || exception.StatusCode == HttpStatusCode.NotFound)
        {
            State = InteractionResponseState.Expired;
            InteractionLog.Expired(_logger, Interaction.Id);
            throw;
        }
    }

    private async Task<InteractionCallbackResult> AcknowledgeWithResultAsync(InteractionCallbackType type, InteractionCallbackData? data, CancellationToken cancellationToken)
    {
        try
        {
            var response = new InteractionResponse { Type = type, Data = data };
            var result = _acknowledger is not null
                ? await _acknowledger.AcknowledgeAsync(Interaction, response, withResult: true, cancellationToken).ConfigureAwait(false)
                : await _restClient.CreateInteractionResponseWithResultAsync(Interaction.Id, Interaction.Token, response, cancellationToken).ConfigureAwait(false);
            _metrics?.Acknowledged(_timeProvider.GetUtcNow() - _arrivedAt, (int)type);
            return result ?? new InteractionCallbackResult();
        }
        catch (DiscordRestException exception) when (exception.DiscordCode == 10062 || exception.StatusCode == HttpStatusCode.NotFound)
        {
            State = InteractionResponseState.Expired;
            InteractionLog.Expired(_logger, Interaction.Id);
            throw;
        }
    }

    private static InteractionCallbackData MessageData(MessagePayload message) => new()
    {
        Content = message.Content, Embeds = message.Embeds, AllowedMentions = message.AllowedMentions, Flags = message.Flags, Components = message.Components,
    };

    private async Task<DiscordMessage> FollowUpCoreAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        RequireWebhookUsable();
        var sent = await ExpireOnNotFoundAsync(() => _restClient.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken))
            .ConfigureAwait(false);
        if (State is InteractionResponseState.Deferred)
        {
            // The first follow-up after a type 5 replaces the "thinking..." message.
            State = InteractionResponseState.Replied;
        }
        return sent;
    }

    private Task<DiscordMessage> EditOriginalCoreAsync(MessagePayload message, CancellationToken cancellationToken) =>
        ExpireOnNotFoundAsync(() => _restClient.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, WithoutFlags(message), cancellationToken));

    // A 404 on the interaction webhook means the 15-minute token is gone: stop using it (invalid requests count toward a ban).
    private Task ExpireOnNotFoundAsync(Func<Task> call) =>
        ExpireOnNotFoundAsync(async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        });

    private async Task<T> ExpireOnNotFoundAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (DiscordRestException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            State = InteractionResponseState.Expired;
            InteractionLog.Expired(_logger, Interaction.Id);
            throw;
        }
    }

    // Types 6 and 7 edit the message a component sits on; for a slash command Discord rejects them.
    private void RequireComponentMessage()
    {
        if (Interaction.Type != InteractionType.MessageComponent && Interaction.Message is null)
        {
            throw new InvalidOperationException($"Updating a message needs a component interaction; this is a {Interaction.Type} interaction.");
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
