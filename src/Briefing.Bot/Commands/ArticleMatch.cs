using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Bot.Commands;

/// <summary>The article a query resolved to, and the runners-up named in the reply's footer.</summary>
public sealed record ArticleMatch(Article Article, IReadOnlyList<SearchHit> OtherMatches);
