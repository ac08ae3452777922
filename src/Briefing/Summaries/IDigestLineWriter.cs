using Briefing.Articles;

namespace Briefing.Summaries;

/// <summary>The one-line thesis shown for an article in a daily digest.</summary>
public interface IDigestLineWriter
{
    Task<string> WriteAsync(Article article, CancellationToken cancellationToken);
}
