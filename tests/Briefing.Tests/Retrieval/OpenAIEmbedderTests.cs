using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Embeddings;
using Briefing.Models;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Summaries;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Retrieval;

/// <summary><c>Retrieval:Embedder=openai</c>: the configured OpenAI-compatible server's embeddings endpoint, reached through the
/// real SDK over loopback, replaces the local model and feeds the same vector storage.</summary>
public sealed class OpenAIEmbedderTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Dimensions = 16;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_embedder_sends_the_model_the_length_and_the_texts_and_returns_unit_vectors()
    {
        await using var server = await FakeOpenAIServer.StartAsync(AnswerEmbeddings(Dimensions));
        await using var provider = Services(server.Endpoint).BuildServiceProvider();
        var embedder = provider.GetRequiredService<ITextEmbedder>();

        var vectors = await embedder.EmbedAsync(["the ferry", "a longer second text"], None);

        Assert.IsType<OpenAIEmbedder>(embedder);
        Assert.Equal("openai:emb-test@16", embedder.Model);
        var request = Assert.Single(server.Requests).BodyElement;
        Assert.Equal("emb-test", request.GetProperty("model").GetString());
        Assert.Equal(Dimensions, request.GetProperty("dimensions").GetInt32());
        Assert.Equal(["the ferry", "a longer second text"], request.GetProperty("input").EnumerateArray().Select(text => text.GetString()));
        Assert.Equal(2, vectors.Count);
        Assert.All(vectors, vector => Assert.Equal(1.0, Math.Sqrt(vector.Sum(value => (double)value * value)), 5));
        Assert.NotEqual(vectors[0], vectors[1]);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_indexer_stores_the_endpoints_vectors_and_refuses_a_vector_of_the_wrong_length(string provider)
    {
        await using var right = await FakeOpenAIServer.StartAsync(AnswerEmbeddings(Dimensions));
        await using var rightServices = Services(right.Endpoint).BuildServiceProvider();
        await using var db = await CreateAsync(provider, rightServices);
        await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Harbour(), None);
        await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Orchards(), None);

        Assert.Equal(2, await db.Get<EmbeddingIndexer>().IndexPendingAsync(None));
        Assert.Equal(0, await db.Get<IArticleEmbeddingStore>().CountPendingAsync("openai:emb-test@16", Dimensions, None));

        // A server that ignores `dimensions` answers with its own length: nothing is stored, the article stays pending.
        await using var wrong = await FakeOpenAIServer.StartAsync(AnswerEmbeddings(Dimensions + 3));
        await using var wrongServices = Services(wrong.Endpoint).BuildServiceProvider();
        await using var other = await CreateAsync(provider, wrongServices);
        await other.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Harbour(), None);
        Assert.Equal(0, await other.Get<EmbeddingIndexer>().IndexPendingAsync(None));
        Assert.Equal(1, await other.Get<EmbeddingIndexer>().CountPendingAsync(None));
    }

    [Fact]
    public void Without_an_endpoint_or_key_the_openai_embedder_is_refused_at_start_with_the_setting_named()
    {
        var services = Services(endpoint: null);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OpenAIOptions>>().Value);

        Assert.Contains("Retrieval:Embedder=openai needs OpenAI:Endpoint", error.Message);
    }

    [Fact]
    public void The_default_setting_keeps_the_local_model()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:Endpoint"] = "http://127.0.0.1:9/v1/" }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRetrieval(configuration).AddOpenAIEmbeddings(configuration).BuildServiceProvider();

        Assert.IsType<MiniLmEmbedder>(provider.GetRequiredService<ITextEmbedder>());
    }

    /// <summary>The library under test, with the embedder the real registration built for the fake endpoint.</summary>
    private Task<TestDatabase> CreateAsync(string provider, IServiceProvider embedderServices) =>
        fixture.CreateAsync(provider, services =>
        {
            services.AddSingleton(embedderServices.GetRequiredService<ITextEmbedder>());
            services.AddRetrieval(new ConfigurationBuilder().Build());
        });

    private static ServiceCollection Services(Uri? endpoint)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Retrieval:Embedder"] = "openai",
            ["Retrieval:EmbeddingModel"] = "emb-test",
            ["Retrieval:EmbeddingDimensions"] = Dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenAI:Endpoint"] = endpoint?.ToString(),
            ["OpenAI:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration).AddRetrieval(configuration).AddOpenAIEmbeddings(configuration);
        return services;
    }

    /// <summary>Answers each input with a vector of <paramref name="length"/> that depends on the text, as floats or as
    /// base64, whichever the request's <c>encoding_format</c> asks for.</summary>
    private static Func<JsonElement, Microsoft.AspNetCore.Http.HttpContext, Task<FakeReply>> AnswerEmbeddings(int length) => (request, _) =>
    {
        var base64 = request.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        var data = new JsonArray();
        var inputs = request.GetProperty("input").EnumerateArray().Select(input => input.GetString() ?? "").ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = Enumerable.Range(0, length).Select(d => (float)(inputs[i].Length + (d * 3) + 1)).ToArray();
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan())))
                : new JsonArray(vector.Select(value => (JsonNode)JsonValue.Create(value)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        var body = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request.GetProperty("model").GetString(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["total_tokens"] = 5 },
        };
        return Task.FromResult(new FakeReply(200, body.ToJsonString()));
    };
}
