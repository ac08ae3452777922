using System.Text;

namespace Briefing.Articles.Fetching;

/// <summary>
/// The outcome of one guarded fetch: the final URL after redirects, the body (empty when
/// <see cref="NotModified"/>), and the validators to send next time for a conditional GET.
/// </summary>
public sealed record FetchedResource(
    Uri Url,
    bool NotModified,
    string? MediaType,
    string? Charset,
    byte[] Body,
    string? ETag,
    string? LastModified)
{
    static FetchedResource()
    {
        // Many older sites still declare windows-1252 or other legacy code pages, which .NET only knows once asked.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes the body with the declared charset, falling back to UTF-8 (BOM honoured).</summary>
    public string DecodeText()
    {
        var encoding = Encoding.UTF8;
        if (Charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(Charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset label is a site bug, not a reason to refuse the page.
            }
        }

        using var reader = new StreamReader(new MemoryStream(Body), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
