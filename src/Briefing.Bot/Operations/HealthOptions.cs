namespace Briefing.Bot.Operations;

/// <summary>Where the operator's health endpoints (<c>/healthz</c>, <c>/readyz</c>) listen.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>The gateway bot's default: every interface, port 8080 (what the Dockerfile's HEALTHCHECK asks).</summary>
    public const string DefaultUrls = "http://0.0.0.0:8080";

    /// <summary>Semicolon-separated Kestrel URLs; empty or <c>off</c> turns the endpoints off.</summary>
    public string? Urls { get; set; }

    /// <summary>
    /// The URLs to serve in a mode: the gateway bot serves on <see cref="DefaultUrls"/> unless told otherwise; the console
    /// and one-shot commands only when configured. Null = off.
    /// </summary>
    public static string? Resolve(string? configured, bool gatewayMode)
    {
        if (configured is null)
        {
            return gatewayMode ? DefaultUrls : null;
        }

        var trimmed = configured.Trim();
        return trimmed.Length == 0 || trimmed.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : trimmed;
    }

    /// <summary>True when Discord POSTs interactions to this bot (<c>Discord:Interactions:Mode = http</c>).</summary>
    public static bool ServesInteractions(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        string.Equals(configuration?["Discord:Interactions:Mode"]?.Trim(), "http", StringComparison.OrdinalIgnoreCase);
}
