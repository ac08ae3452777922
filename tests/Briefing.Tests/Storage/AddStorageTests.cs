using Briefing.Conversations;
using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Briefing.Tests.Storage;

public sealed class AddStorageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public void Defaults_are_sqlite_in_the_data_folder()
    {
        using var services = Build(new Dictionary<string, string?>());

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(StorageProvider.Sqlite, options.ProviderKind);
        Assert.Equal("Data Source=data/briefing.db", options.ConnectionString);
    }

    [Theory]
    [InlineData("mysql", "Storage:Provider")]
    [InlineData("", "Storage:Provider")]
    public async Task A_bad_provider_stops_the_host_at_start_naming_the_key(string value, string key)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = value });
        builder.Services.AddStorage(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Contains(key, error.Message);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Starting_the_host_migrates_and_every_store_is_registered(string provider)
    {
        await using var db = await fixture.CreateAsync(provider, migrate: false);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(db.Settings);
        builder.Services.AddStorage(builder.Configuration).AddFeatureStores();
        using var host = builder.Build();

        await host.StartAsync(CancellationToken.None);
        var articles = host.Services.GetRequiredService<IArticleStore>();
        var saved = await articles.SaveAsync(ArticleDrafts.Harbour(), CancellationToken.None);
        await host.StopAsync(CancellationToken.None);

        Assert.Equal(ArticleSaveOutcome.Inserted, saved.Outcome);
        Assert.NotNull(host.Services.GetService<ISummaryCache>());
        Assert.NotNull(host.Services.GetService<IKeyValueStore>());
        Assert.NotNull(host.Services.GetService<IFeedStore>());
        Assert.NotNull(host.Services.GetService<IDigestSubscriptionStore>());
        Assert.NotNull(host.Services.GetService<IDeliveryLedger>());
        Assert.NotNull(host.Services.GetService<IConversationStore>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddStorage(configuration);
        return services.BuildServiceProvider();
    }
}
