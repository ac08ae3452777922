namespace Briefing.Articles.Extraction;

/// <summary>
/// Whether bytes that claim to be text are something else (an image, a PDF, a zip renamed to .txt): text files
/// have no NUL bytes, and decoded text has almost no control or replacement characters.
/// </summary>
internal static class BinaryContent
{
    // Enough to decide; real text is uniform, and binary formats show themselves in their first kilobytes.
    private const int SampleBytes = 8192;

    // Share of unreadable characters above which the text is not text: a stray control character is noise, one in ten is not.
    private const double MaxUnreadableShare = 0.1;

    public static bool LooksBinary(byte[] bytes, string decoded)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(decoded);
        var hasUtf16Mark = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!hasUtf16Mark && Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, SampleBytes)) >= 0)
        {
            return true;
        }

        var sample = decoded.AsSpan(0, Math.Min(decoded.Length, SampleBytes));
        var unreadable = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f'))
            {
                unreadable++;
            }
        }

        return sample.Length > 0 && unreadable > sample.Length * MaxUnreadableShare;
    }
}
