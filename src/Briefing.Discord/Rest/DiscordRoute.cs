using System.Globalization;

namespace Briefing.Discord.Rest;

/// <summary>
/// One REST call's identity for rate limiting: method + route template (what Discord's bucket hash is
/// learned for), the concrete path, and the top-level resource (channel, guild, or webhook id + token)
/// that splits a bucket per resource. <see cref="Template"/> is safe to log; <see cref="Path"/> may hold
/// an interaction token and never is.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string TopLevelResource)
{
    /// <summary>Interaction callbacks and interaction webhooks do not count against the global 50/s limit.</summary>
    public bool ExemptFromGlobalLimit =>
        Template.StartsWith("/interactions/", StringComparison.Ordinal)
        || Template.StartsWith("/webhooks/", StringComparison.Ordinal);

    /// <summary>
    /// Routes authorised by an interaction token in the path (callbacks, interaction webhooks): their 401 means that one
    /// token expired or is unknown (50027 Invalid Webhook Token), not that the bot token is bad.
    /// </summary>
    public bool UsesInteractionToken => ExemptFromGlobalLimit;

    /// <summary>False for cosmetic calls (typing) that are slowed down, then refused first when invalid requests pile up.</summary>
    public bool Essential { get; init; } = true;

    /// <summary>Key of the route-to-bucket map: the same template on any resource shares a bucket hash.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;

    internal static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
