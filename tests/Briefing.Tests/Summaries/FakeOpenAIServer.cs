using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Tests.Summaries;

/// <summary>
/// An OpenAI-compatible chat-completions and embeddings server on loopback (the kit's <see cref="LoopbackServer"/>). Each request is
/// recorded; the test decides the reply. The real SDK talks to it over real HTTP, so what it records is what a
/// real server would receive.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private const string ChatPath = "/v1/chat/completions";
    private const string EmbeddingsPath = "/v1/embeddings";
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer _server = null!;

    public Uri Endpoint => new(_server.BaseUrl + "/v1/");

    public Exception? HandlerFailure { get; private set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _server.Requests.Where(request => request.Path is ChatPath or EmbeddingsPath)];

    /// <summary>Completes when the first request has arrived (the timeout test advances time only then).</summary>
    public Task FirstRequest => _firstRequest.Task;

    public static async Task<FakeOpenAIServer> StartAsync(Func<JsonElement, HttpContext, Task<FakeReply>> respond)
    {
        var fake = new FakeOpenAIServer();
        // One handler for both endpoints the SDK calls; a test that serves embeddings looks at the request path.
        RequestDelegate handle = async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var request = body.RootElement.Clone();
            fake._firstRequest.TrySetResult();
            FakeReply reply;
            try
            {
                reply = await respond(request, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A broken test handler must be visible, not look like a model outage.
                fake.HandlerFailure = exception;
                throw;
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        };
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost(ChatPath, handle);
            app.MapPost(EmbeddingsPath, handle);
        });
        return fake;
    }

    /// <summary>Replies with the given contents in order, the last one repeating.</summary>
    public static Task<FakeOpenAIServer> StartAsync(params FakeReply[] replies)
    {
        var next = 0;
        return StartAsync((_, _) => Task.FromResult(replies[Math.Min(Interlocked.Increment(ref next) - 1, replies.Length - 1)]));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
