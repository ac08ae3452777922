using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// Discord's CDN on loopback: files "uploaded" here are served at an attachment address with the signed query Discord
/// adds (<c>?ex=…&amp;is=…&amp;hm=…</c>), and described as the <see cref="FakeAttachment"/> an interaction carries.
/// </summary>
public sealed class FakeCdn : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private FakeCdn(LoopbackServer server) => _server = server;

    /// <summary>Every download the bot made, in order.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _server.Requests;

    public static async Task<FakeCdn> StartAsync() => new(await LoopbackServer.StartAsync());

    /// <summary>A text file, UTF-8 without a byte-order mark.</summary>
    public FakeAttachment Upload(string filename, string? contentType, string text) =>
        Upload(filename, contentType, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Serves <paramref name="body"/> and describes it; <paramref name="reportedSize"/> is the size Discord states (the
    /// body's length unless a test makes it lie).
    /// </summary>
    public FakeAttachment Upload(string filename, string? contentType, byte[] body, long? reportedSize = null)
    {
        var id = FakeDiscordIds.NewId();
        var path = $"/attachments/{FakeDiscordIds.Channel}/{id}/{filename}";
        _server.Map(path, async context =>
        {
            context.Response.ContentType = contentType ?? "application/octet-stream";
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        var signed = new Uri(_server.BaseUrl + path + string.Create(CultureInfo.InvariantCulture, $"?ex={id % 100_000:x8}&is=6770a1b2&hm={id:x}&"));
        return new FakeAttachment(id, filename, contentType, reportedSize ?? body.Length, signed);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
