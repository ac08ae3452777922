using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Interactions;

/// <summary>
/// The acknowledgement of an interaction that arrived on the HTTP interactions endpoint: the responder's first answer
/// (type 4 with the reply, or the budget's type 5) becomes the body of the HTTP response, which the endpoint is holding
/// open. A type 4's message is then read back through REST once that response is out, so a thread can start from it.
/// </summary>
public sealed class HttpAcknowledgement(IDiscordRestClient restClient, TimeProvider timeProvider) : IInteractionAcknowledger
{
    /// <summary>Discord makes the message as it reads the response; a read racing it is retried this often, this far apart.</summary>
    private const int ReadAttempts = 4;
    private static readonly TimeSpan ReadRetryDelay = TimeSpan.FromMilliseconds(250);

    private readonly TaskCompletionSource<InteractionResponse> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the acknowledgement the endpoint must answer with.</summary>
    public Task<InteractionResponse> Response => _response.Task;

    /// <summary>The endpoint wrote the response (or gave up on it): Discord now holds the original message.</summary>
    public void MarkSent() => _sent.TrySetResult();

    /// <summary>The endpoint answered on its own (its wait ran out): a later acknowledgement must not pretend to be the first.</summary>
    public bool TryClaim(InteractionResponse response) => _response.TrySetResult(response);

    public async Task<InteractionCallbackResult> AcknowledgeAsync(
        Interaction interaction, InteractionResponse response, bool withResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (!_response.TrySetResult(response))
        {
            throw new InvalidOperationException($"Interaction {interaction.Id} was already answered in its HTTP response.");
        }
        if (!withResult)
        {
            return new InteractionCallbackResult();
        }
        await _sent.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var message = await restClient.GetOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken).ConfigureAwait(false);
                return new InteractionCallbackResult { Resource = new InteractionCallbackResource { Type = response.Type, Message = message } };
            }
            catch (DiscordRestException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // The answer is shown either way; without its message id only the thread is left out.
                if (attempt == ReadAttempts) return new InteractionCallbackResult();
                await Task.Delay(ReadRetryDelay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
