using Briefing.Models;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Summaries;

public sealed class DigestLineWriterTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task With_a_model_the_digest_prompt_writes_the_line_from_the_article_as_data()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(new { line = "The  night ferry is the backbone of the night economy and should stay." }));
        await using var db = await fixture.CreateAsync(StorageProviders.Sqlite, services => AddModel(services, server));

        var line = await db.Get<IDigestLineWriter>().WriteAsync(TestArticles.Ferry, CancellationToken.None);

        Assert.Equal("The night ferry is the backbone of the night economy and should stay.", line);
        var request = Assert.Single(server.Requests);
        Assert.Equal("digest_line", request.BodyElement.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString());
        Assert.Equal(TestPrompts.Library.Digest.System, request.Message("system"));
        Assert.Contains("[¶7] The night ferry is not a luxury", ModelSummarizerTests.Between(request.Message("user"), "<article_data>", "</article_data>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_digest_line_falls_back_to_the_summary_thesis()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Error(500));
        await using var db = await fixture.CreateAsync(StorageProviders.Sqlite, services => AddModel(services, server));

        var line = await db.Get<IDigestLineWriter>().WriteAsync(TestArticles.Ferry, CancellationToken.None);

        // The digest call and the summary call both failed, so the extractive engine's thesis is the line.
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(ExtractiveSummarizer.Summarize(TestArticles.Ferry, SummaryLength.Short).Thesis.Text, line);
    }

    private static void AddModel(IServiceCollection services, FakeOpenAIServer server)
    {
        var storage = (IConfiguration)services.Last(descriptor => descriptor.ServiceType == typeof(IConfiguration)).ImplementationInstance!;
        var configuration = new ConfigurationBuilder().AddConfiguration(storage).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = server.Endpoint.ToString(),
            ["OpenAI:Model"] = ModelTestHost.ModelName,
            ["OpenAI:MaxRetries"] = "0",
        }).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddModels(configuration).AddSummaries(configuration);
        services.AddSingleton(TestPrompts.Library);
    }
}
