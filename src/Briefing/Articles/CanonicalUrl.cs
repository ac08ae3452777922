using System.Text;

namespace Briefing.Articles;

/// <summary>
/// The one spelling of an article's URL the library dedupes on: lower-case scheme and host, no default port,
/// no fragment, no tracking parameters, remaining query parameters sorted, no trailing slash except the root.
/// </summary>
public static class CanonicalUrl
{
    // Parameters that say who shared or clicked a link, never which page it is.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "ref", "ref_src", "ref_url", "referrer", "referer", "_hsenc", "_hsmi", "mkt_tok", "oly_enc_id", "oly_anon_id",
        "vero_id", "wickedid", "s_cid", "cmpid", "at_campaign", "at_medium",
    };

    /// <summary>Normalises an absolute http(s) URL; other URIs (file:, urn:) only get a lower-case scheme; non-URLs are returned trimmed.</summary>
    public static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return trimmed;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return uri.IsFile ? uri.AbsoluteUri : trimmed;
        }

        var builder = new StringBuilder();
        builder.Append(uri.Scheme.ToLowerInvariant()).Append("://");
        if (uri.UserInfo.Length > 0)
        {
            builder.Append(uri.UserInfo).Append('@');
        }

        builder.Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        builder.Append(path.Length == 0 ? "/" : path);
        var query = CanonicalQuery(uri.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="name"/> only tracks a click (utm_*, fbclid, gclid, mc_*, ref...).</summary>
    public static bool IsTrackingParameter(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new List<string>();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]);
            if (!IsTrackingParameter(name))
            {
                kept.Add(pair);
            }
        }

        kept.Sort(StringComparer.Ordinal);
        return string.Join('&', kept);
    }
}
