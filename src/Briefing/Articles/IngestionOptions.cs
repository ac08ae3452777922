using System.ComponentModel.DataAnnotations;

namespace Briefing.Articles;

/// <summary>How articles are fetched from the web (section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Lets fetches reach loopback/private/link-local addresses. Off by default: the bot fetches user-supplied URLs.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Largest response body accepted, checked against Content-Length and the bytes actually read.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Whole fetch budget: every redirect hop plus reading the body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Required, MinLength(3)]
    public string UserAgent { get; set; } = "BriefingBot/1.0 (+https://github.com/briefing-bot/briefing)";
}
