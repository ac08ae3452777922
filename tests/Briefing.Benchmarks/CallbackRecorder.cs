using System.Net;
using System.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// Discord's REST API as far as the ack path needs it, inside the HttpClient: every interaction callback is answered at
/// once (204, or the created message for <c>with_response=true</c>) and completes <see cref="NextCallback"/>.
/// </summary>
internal sealed class CallbackRecorder : HttpMessageHandler
{
    private const string Message = """{"id":"900","channel_id":"5","author":{"id":"1","username":"Briefing"},"content":"pong"}""";
    private const string CreatedMessage = """{"resource":{"type":4,"message":""" + Message + "}}";

    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next callback request reaches "Discord".</summary>
    public Task NextCallback => _next.Task;

    public void Reset() => _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var callback = request.RequestUri!.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal);
        var withResponse = request.RequestUri.Query.Contains("with_response=true", StringComparison.Ordinal);
        // A plain callback answers 204; with_response, the created message; an edit of the original, the edited message.
        var response = callback && !withResponse
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(withResponse ? CreatedMessage : Message, Encoding.UTF8, "application/json") };
        if (callback)
        {
            _next.TrySetResult();
        }
        return Task.FromResult(response);
    }
}
