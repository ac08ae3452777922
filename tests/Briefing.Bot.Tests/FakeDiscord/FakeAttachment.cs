using System.Globalization;
using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// A file a person uploads with a slash command, as Discord describes it in <c>data.resolved.attachments</c>: the bytes
/// themselves live at <see cref="Url"/> (in tests a loopback server standing in for Discord's CDN).
/// </summary>
public sealed record FakeAttachment(ulong Id, string Filename, string? ContentType, long Size, Uri Url)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id.ToString(CultureInfo.InvariantCulture), ["filename"] = Filename, ["size"] = Size,
            ["url"] = Url.AbsoluteUri, ["proxy_url"] = Url.AbsoluteUri,
        };
        if (ContentType is not null) json["content_type"] = ContentType;
        return json;
    }
}
