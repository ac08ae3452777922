using System.Globalization;

namespace Briefing.Text;

/// <summary>A size limit as people read it in a refusal ("over 5 MB", "over 1 KB"), the same in every culture.</summary>
public static class ByteSize
{
    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
