using Briefing.Articles;
using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Summaries;

/// <summary>The summary service on a real database cache (SQLite file and PostgreSQL), the model on loopback.</summary>
public sealed class SummaryServiceTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_cached_model_summary_costs_no_second_model_call(string provider)
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(ModelTestHost.FerrySummary()));
        await using var db = await fixture.CreateAsync(provider, services => AddSummaries(services, server));
        var summarizer = db.Get<ISummarizer>();

        var first = await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);
        var second = await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Equal("model:" + ModelTestHost.ModelName, second.Engine);
        Assert.Equal(first.Thesis, second.Thesis);
        Assert.Equal(first.Points, second.Points);
        var stored = await db.Get<ISummaryCache>().GetAsync(
            new SummaryCacheKey("hash-ferry", SummaryService.ModelEngine, ModelTestHost.ModelName, TestPrompts.Library.Summarize.Hash, SummaryLength.Standard), CancellationToken.None);
        Assert.Equal(first.Thesis, stored!.Thesis);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Another_length_or_an_edited_prompt_is_a_cache_miss(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-prompts-").FullName;
        try
        {
            await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(ModelTestHost.FerrySummary()));
            var prompts = TestPrompts.Library;
            // The closure reads "prompts" each time services are built, so a later process can run edited prompts.
            await using var db = await fixture.CreateAsync(provider, services => AddSummaries(services, server, prompts));
            await db.Get<ISummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);
            await db.Get<ISummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Detailed, CancellationToken.None);
            await db.Get<ISummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Detailed, CancellationToken.None);
            Assert.Equal(2, server.Requests.Count);

            foreach (var file in Directory.GetFiles(TestPrompts.Directory, "*.md"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(folder, "summarize.md"), "\nPrefer the author's own words.\n");
            prompts = PromptLibrary.Load(folder);
            var restarted = db.CreateServices();
            await restarted.GetRequiredService<ISummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

            Assert.Equal(3, server.Requests.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Invalid_model_output_falls_back_to_the_extractive_engine_and_says_so(string provider)
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Content("I think the ferry matters."), FakeReply.Json(ModelTestHost.FerrySummary()));
        await using var db = await fixture.CreateAsync(provider, services => AddSummaries(services, server));
        var summarizer = db.Get<ISummarizer>();

        var fallback = await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(SummaryService.ExtractiveEngine, fallback.Engine);
        Assert.Equal("the model did not return the required JSON", fallback.FallbackReason);
        Assert.All(fallback.Points.Append(fallback.Thesis), item =>
            Assert.Contains(item.Quote, TestArticles.Ferry.Paragraphs[item.Paragraph - 1], StringComparison.Ordinal));

        // The fallback is not cached as the model's answer: the next request asks the model again, which now answers.
        var recovered = await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);
        Assert.Equal("model:" + ModelTestHost.ModelName, recovered.Engine);
        Assert.Null(recovered.FallbackReason);
        Assert.Equal(2, server.Requests.Count);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_model_that_times_out_falls_back_to_the_extractive_engine(string provider)
    {
        await using var server = await FakeOpenAIServer.StartAsync(async (_, context) =>
        {
            var never = new TaskCompletionSource<FakeReply>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var registration = context.RequestAborted.Register(() => never.TrySetCanceled());
            return await never.Task;
        });
        await using var db = await fixture.CreateAsync(provider, services => AddSummaries(services, server));

        var summarizing = db.Get<ISummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Short, CancellationToken.None);
        await server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(10));
        db.Time.Advance(TimeSpan.FromSeconds(31));
        var summary = await summarizing;

        Assert.Equal(SummaryService.ExtractiveEngine, summary.Engine);
        Assert.Equal("the model did not answer within 30 s", summary.FallbackReason);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Without_a_model_the_extractive_summary_is_computed_once_and_shown_for_the_asking_article(string provider)
    {
        var extractive = new Mock<IExtractiveSummarizer>();
        var real = new ExtractiveSummarizer();
        extractive.Setup(e => e.SummarizeAsync(It.IsAny<Article>(), It.IsAny<SummaryLength>(), It.IsAny<CancellationToken>()))
            .Returns((Article article, SummaryLength length, CancellationToken token) => real.SummarizeAsync(article, length, token));
        await using var db = await CreateWithoutModelAsync(provider, extractive.Object);
        var summarizer = db.Get<ISummarizer>();
        var copy = TestArticles.Ferry with { Id = 70, Url = "https://mirror.example.org/ferry", GuildId = 5 };

        var first = await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Standard, CancellationToken.None);
        var second = await summarizer.SummarizeAsync(copy, SummaryLength.Standard, CancellationToken.None);

        extractive.Verify(e => e.SummarizeAsync(It.IsAny<Article>(), It.IsAny<SummaryLength>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(SummaryService.ExtractiveEngine, first.Engine);
        Assert.Null(first.FallbackReason);
        Assert.Equal(first.Thesis, second.Thesis);
        Assert.Equal(70, second.Article.Id);
        Assert.Equal("https://mirror.example.org/ferry", second.Article.Url);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_new_extractive_engine_version_does_not_serve_summaries_cached_by_the_old_one(string provider)
    {
        var real = new ExtractiveSummarizer();
        var calls = 0;
        var version = "old";
        var extractive = new Mock<IExtractiveSummarizer>();
        extractive.SetupGet(e => e.Version).Returns(() => version);
        extractive.Setup(e => e.SummarizeAsync(It.IsAny<Article>(), It.IsAny<SummaryLength>(), It.IsAny<CancellationToken>()))
            .Returns((Article article, SummaryLength length, CancellationToken token) =>
            {
                calls++;
                return real.SummarizeAsync(article, length, token);
            });
        await using var db = await CreateWithoutModelAsync(provider, extractive.Object);
        var summarizer = db.Get<ISummarizer>();

        await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Short, CancellationToken.None);
        await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Short, CancellationToken.None);
        version = "new";
        await summarizer.SummarizeAsync(TestArticles.Ferry, SummaryLength.Short, CancellationToken.None);

        Assert.Equal(2, calls);
    }

    private static void AddSummaries(IServiceCollection services, FakeOpenAIServer server, PromptLibrary? prompts = null)
    {
        var configuration = Configuration(services, new()
        {
            ["OpenAI:Endpoint"] = server.Endpoint.ToString(),
            ["OpenAI:Model"] = ModelTestHost.ModelName,
            ["OpenAI:MaxRetries"] = "0",
            ["OpenAI:Timeout"] = "00:00:30",
        });
        services.AddModels(configuration).AddSummaries(configuration);
        services.AddSingleton(prompts ?? TestPrompts.Library);
    }

    /// <summary>A database with the summaries registered and no model configured, summarizing through <paramref name="extractive"/>.</summary>
    private Task<TestDatabase> CreateWithoutModelAsync(string provider, IExtractiveSummarizer extractive) =>
        fixture.CreateAsync(provider, services =>
        {
            var configuration = Configuration(services, []);
            services.AddModels(configuration).AddSummaries(configuration);
            services.AddSingleton(TestPrompts.Library);
            services.AddSingleton(extractive);
        });

    /// <summary>The fixture's configuration (storage) plus the model settings, registered as the one IConfiguration.</summary>
    private static IConfiguration Configuration(IServiceCollection services, Dictionary<string, string?> settings)
    {
        var storage = (IConfiguration)services.Last(descriptor => descriptor.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
        var combined = new ConfigurationBuilder().AddConfiguration(storage).AddInMemoryCollection(settings).Build();
        services.AddSingleton<IConfiguration>(combined);
        return combined;
    }
}
