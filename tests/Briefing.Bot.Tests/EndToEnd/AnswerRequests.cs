using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// The first visible answer to a command, whichever way it went out: in the acknowledgement itself (a type-4 callback,
/// when the handler was done within the ack budget), as the edit of a deferred original, or as a follow-up (a private
/// answer after a public deferral, whose original is deleted). Returned as the message body.
/// </summary>
public static class AnswerRequests
{
    public static async Task<RecordedRequest> WaitForAnswerAsync(this FakeDiscordServer server, FakeInteraction interaction, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(interaction);
        var request = await server.WaitForRequestAsync(r => r.Path.Contains(interaction.Token, StringComparison.Ordinal) && r.Status is >= 200 and < 300
            && (r.Is("PATCH", DiscordBodies.WebhookMessage) || r.Is("POST", DiscordBodies.Followup)
                || (r.Is("POST", DiscordBodies.Callback) && (int?)r.BodyObject?["type"] == 4)), timeout);
        return request.Is("POST", DiscordBodies.Callback) ? request with { Body = request.BodyObject!["data"]?.ToJsonString() } : request;
    }
}
