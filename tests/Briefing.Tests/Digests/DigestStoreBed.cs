using Briefing.Articles;
using Briefing.Digests;
using Briefing.Storage;
using Briefing.Embeddings;
using Briefing.Summaries;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Summaries;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Digests;

/// <summary>
/// Digests on a real database of either provider (<see cref="DatabaseFixture"/>): the library, offline summaries, the
/// digest services and a fake channel, all on the database's <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>.
/// </summary>
internal static class DigestStoreBed
{
    public static Task<TestDatabase> CreateAsync(DatabaseFixture fixture, string provider, FakeDigestChannel channel, ITextEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var none = new ConfigurationBuilder().Build();
        return fixture.CreateAsync(provider, services =>
        {
            services
                .AddSummaries(none)
                .AddSingleton(TestPrompts.Library)
                .AddDigests(none)
                .AddSingleton<IDigestPublisher>(channel);
            if (embedder is not null)
            {
                services.AddSingleton(embedder);
            }
        });
    }

    public static async Task<long> AddAsync(this TestDatabase db, string title, string body, string url, string site = "Example News", ulong? guildId = 7)
    {
        ArgumentNullException.ThrowIfNull(db);
        var saved = await db.Get<IArticleStore>().SaveAsync(new ArticleDraft
        {
            Url = url,
            Title = title,
            SiteName = site,
            Paragraphs = [body],
            GuildId = guildId,
            Origin = "url",
        }, CancellationToken.None);
        return saved.ArticleId;
    }
}
