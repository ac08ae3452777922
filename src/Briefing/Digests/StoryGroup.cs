using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>Articles of one story: <see cref="Best"/> heads the digest entry, <see cref="Others"/> are its "also:" links.</summary>
public sealed record StoryGroup(Article Best, IReadOnlyList<Article> Others)
{
    public IEnumerable<Article> Members => Others.Prepend(Best);
}
