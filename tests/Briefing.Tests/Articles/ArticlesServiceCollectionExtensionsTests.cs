using Briefing.Articles;
using Briefing.Articles.Fetching;
using Briefing.Ingestion;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Articles;

public sealed class ArticlesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddArticles_alone_builds_the_loader_and_AddIngestion_registers_only_the_ingestors()
    {
        var configuration = new ConfigurationBuilder().Build();
        var articles = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddArticles(configuration);
        using var provider = articles.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<ArticleLoader>());
        var ingestion = new ServiceCollection().AddIngestion();
        Assert.Contains(ingestion, descriptor => descriptor.ServiceType == typeof(IArticleIngestor));
        Assert.DoesNotContain(ingestion, descriptor => descriptor.ServiceType == typeof(ArticleLoader) || descriptor.ServiceType == typeof(GuardedHttpFetcher));
    }
}
