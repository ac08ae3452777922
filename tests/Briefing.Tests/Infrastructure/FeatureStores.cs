using Briefing.Conversations;
using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Retrieval;
using Briefing.Summaries;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// Every feature's store on top of <c>AddStorage</c>, without the rest of each feature's registrations (which need
/// services a store test does not have). Each feature's <c>AddX</c> registers its store the same way.
/// </summary>
internal static class FeatureStores
{
    public static IServiceCollection AddFeatureStores(this IServiceCollection services) =>
        services.AddTitleSuggestionStore().AddSummaryCache().AddFeedStore().AddDigestStores().AddConversationStore();
}
