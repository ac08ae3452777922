using Briefing.Bot.Operations;
using Briefing.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// <c>POST /interactions</c> on the bot's Kestrel host (<c>Discord:Interactions:Mode = http</c>): reads the body (at most
/// <see cref="InteractionOptions.MaxBodyBytes"/>, else 413), lets <see cref="InteractionEndpoint"/> verify and answer it,
/// and writes that answer, the acknowledgement, as the HTTP response. Refusals are a status and one plain line, never a
/// stack trace; each is logged.
/// </summary>
public sealed partial class HttpInteractionsEndpoint(IServiceScopeFactory scopes, IOptions<InteractionOptions> options, TimeProvider timeProvider,
    ILogger<HttpInteractionsEndpoint> logger) : IHttpEndpoint
{
    public const string Path = "/interactions";

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = timeProvider.GetUtcNow();
        var body = await ReadBodyAsync(context.Request, options.Value.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            LogTooLarge(logger, options.Value.MaxBodyBytes);
            await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {options.Value.MaxBodyBytes} bytes");
            return;
        }
        // The REST client inside is transient (IHttpClientFactory rotates its handlers): one scope per request.
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<InteractionEndpoint>().HandleAsync(
            context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body, receivedAt, context.RequestAborted);
        try
        {
            if (result.ResponseJson is { } json)
            {
                context.Response.StatusCode = result.StatusCode;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json, context.RequestAborted);
                await context.Response.CompleteAsync();
            }
            else
            {
                await WriteProblemAsync(context, result.StatusCode, result.Problem ?? "refused");
            }
        }
        finally
        {
            // Sent, or failed to send: either way the reply path may go on (an edit of a lost answer fails on its own).
            result.Acknowledgement?.MarkSent();
        }
    }

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string problem)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(problem + "\n", context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interactions endpoint refused a body over {Limit} bytes with 413")]
    private static partial void LogTooLarge(ILogger logger, int limit);
}
