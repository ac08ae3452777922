using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Messages;

/// <summary>
/// Builds an <see cref="Embed"/> within Discord's limits. Text that is too long (title 256, description
/// 4096, field name 256, field value 1024, footer 2048, author 256) is TRUNCATED cleanly with "…";
/// counts are refused: a 26th field, or a total over 6000 characters at <see cref="Build"/>, THROW
/// <see cref="InvalidOperationException"/>. Long bodies belong in <see cref="MessageSplitter"/> instead.
/// </summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private string? _title;
    private string? _description;
    private string? _url;
    private int? _color;
    private EmbedFooter? _footer;
    private EmbedAuthor? _author;

    public EmbedBuilder WithTitle(string title)
    {
        _title = Truncated(title, MessageLimits.EmbedTitle);
        return this;
    }

    public EmbedBuilder WithDescription(string description)
    {
        _description = Truncated(description, MessageLimits.EmbedDescription);
        return this;
    }

    /// <summary>Makes the title a link; only absolute http(s) URLs are accepted (Discord rejects others).</summary>
    public EmbedBuilder WithUrl(string url)
    {
        if (!IsLinkable(url))
        {
            throw new ArgumentException($"An embed URL must be an absolute http(s) URL.", nameof(url));
        }
        _url = new Uri(url).AbsoluteUri;
        return this;
    }

    /// <summary>True for the URLs Discord accepts as an embed link: absolute http(s) only (a <c>file:</c> URL is refused).</summary>
    public static bool IsLinkable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public EmbedBuilder WithColor(int rgb)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rgb, 0xFFFFFF);
        ArgumentOutOfRangeException.ThrowIfNegative(rgb);
        _color = rgb;
        return this;
    }

    public EmbedBuilder WithFooter(string text)
    {
        _footer = new EmbedFooter { Text = Truncated(text, MessageLimits.EmbedFooter) };
        return this;
    }

    public EmbedBuilder WithAuthor(string name, string? url = null)
    {
        _author = new EmbedAuthor { Name = Truncated(name, MessageLimits.EmbedAuthorName), Url = url };
        return this;
    }

    /// <summary>Adds a field; name and value must not be blank. Throws on the 26th field.</summary>
    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        if (_fields.Count == MessageLimits.EmbedFields)
        {
            throw new InvalidOperationException($"An embed holds at most {MessageLimits.EmbedFields} fields.");
        }
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An embed field needs a non-blank name and value.");
        }
        _fields.Add(new EmbedField
        {
            Name = Truncated(name, MessageLimits.EmbedFieldName),
            Value = Truncated(value, MessageLimits.EmbedFieldValue),
            Inline = inline ? true : null,
        });
        return this;
    }

    /// <summary>Characters counted toward the 6000 limit so far.</summary>
    public int Length => Current().TextLength;

    public Embed Build()
    {
        var embed = Current();
        if (embed.TextLength > MessageLimits.EmbedTotal)
        {
            throw new InvalidOperationException($"The embed has {embed.TextLength} characters; Discord allows {MessageLimits.EmbedTotal} across all embeds of a message.");
        }
        if (embed.TextLength == 0)
        {
            throw new InvalidOperationException("An embed needs a title, description, field, footer or author.");
        }
        return embed;
    }

    private Embed Current() => new()
    {
        Title = _title,
        Description = _description,
        Url = _url,
        Color = _color,
        Footer = _footer,
        Author = _author,
        Fields = _fields.Count == 0 ? null : _fields.ToArray(),
    };

    private static string Truncated(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextTruncation.Truncate(text.Trim(), limit);
    }
}
