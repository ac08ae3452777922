using System.Text.Json;

namespace Briefing.Discord.Tests.Json;

/// <summary>
/// The real Discord captures in shared/eval/discord-payloads (outside the repository; never copied in).
/// Found through env BRIEFING_DISCORD_PAYLOADS or by walking up from the test binaries.
/// </summary>
internal static class DiscordPayloadFolder
{
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("BRIEFING_DISCORD_PAYLOADS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "eval", "discord-payloads");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// The captures folder. The test is skipped on a machine without it (callers are [SkippableFact]); with
    /// env CI set a missing folder fails instead, so CI can never go green without the captures.
    /// </summary>
    public static string Require()
    {
        var folder = Find();
        Assert.False(folder is null && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
            "shared/eval/discord-payloads is missing and CI is set: set BRIEFING_DISCORD_PAYLOADS or run from a checkout beside shared/.");
        Skip.If(folder is null, "shared/eval/discord-payloads not found (set BRIEFING_DISCORD_PAYLOADS)");
        return folder!;
    }

    /// <summary>The folder's files matching <paramref name="pattern"/> (at least one), or a skip/fail as <see cref="Require"/>.</summary>
    public static IReadOnlyList<string> Files(string pattern)
    {
        var folder = Require();
        var files = Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        return files;
    }

    /// <summary>The dispatch data: the <c>d</c> of a full envelope, or the whole file for <c>.d.json</c> files.</summary>
    public static JsonDocument LoadData(string path, out JsonElement data)
    {
        var document = JsonDocument.Parse(File.ReadAllBytes(path));
        data = document.RootElement.TryGetProperty("op", out _) && document.RootElement.TryGetProperty("d", out var inner)
            ? inner
            : document.RootElement;
        return document;
    }
}
