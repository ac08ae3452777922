using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Tests.Summaries;

/// <summary>
/// An OpenAI-compatible chat-completions server on loopback (Kestrel). Each request body is recorded;
/// the test decides the reply. The real SDK talks to it over real HTTP, so what it records is what a
/// real server would receive.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeOpenAIServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public Exception? HandlerFailure { get; private set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Completes when the first request has arrived (the timeout test advances time only then).</summary>
    public Task FirstRequest => _firstRequest.Task;

    public static async Task<FakeOpenAIServer> StartAsync(Func<JsonElement, HttpContext, Task<FakeReply>> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        // One handler for both endpoints the SDK calls; a test that serves embeddings looks at the request path.
        RequestDelegate handle = async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var request = body.RootElement.Clone();
            server._requests.Enqueue(new RecordedRequest(request, context.Request.Headers.Authorization.ToString()));
            server._firstRequest.TrySetResult();
            FakeReply reply;
            try
            {
                reply = await respond(request, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A broken test handler must be visible, not look like a model outage.
                server.HandlerFailure = exception;
                throw;
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        };
        app.MapPost("/v1/chat/completions", handle);
        app.MapPost("/v1/embeddings", handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    /// <summary>Replies with the given contents in order, the last one repeating.</summary>
    public static Task<FakeOpenAIServer> StartAsync(params FakeReply[] replies)
    {
        var next = 0;
        return StartAsync((_, _) => Task.FromResult(replies[Math.Min(Interlocked.Increment(ref next) - 1, replies.Length - 1)]));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
