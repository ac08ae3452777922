using Briefing.Conversations;
using Briefing.Models;
using Briefing.Summaries;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Summaries;

public sealed class AddSummariesTests
{
    [Fact]
    public void Without_key_or_endpoint_there_is_no_model_client_and_answers_stay_extractive()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.Null(provider.GetService<IChatClient>());
        Assert.Null(provider.GetService<ModelSummarizer>());
        Assert.False(provider.GetRequiredService<IOptions<OpenAIOptions>>().Value.IsConfigured);
        Assert.IsType<FallbackQuestionAnswerer>(provider.GetRequiredService<IQuestionAnswerer>());
    }

    [Fact]
    public void Defaults_are_a_small_current_model_with_bounded_time_and_output()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var options = provider.GetRequiredService<IOptions<OpenAIOptions>>().Value;
        Assert.Equal("gpt-4.1-mini", options.Model);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.Equal(1_500, options.MaxOutputTokens);
        Assert.Equal(12_000, options.MaxInputTokens);
        Assert.Null(options.Endpoint);
    }

    [Fact]
    public void An_endpoint_without_a_key_configures_the_model_for_a_local_server()
    {
        using var provider = Build(new Dictionary<string, string?> { ["OpenAI:Endpoint"] = "http://127.0.0.1:11434/v1", ["OpenAI:Model"] = "llama3.2" });

        var chat = provider.GetRequiredService<IChatClient>();
        var metadata = chat.GetService<ChatClientMetadata>();
        Assert.Equal(new Uri("http://127.0.0.1:11434/v1"), metadata?.ProviderUri);
        Assert.Equal("llama3.2", metadata?.DefaultModelId);
        Assert.Equal("model:llama3.2", provider.GetRequiredService<ModelSummarizer>().Engine);
    }

    [Fact]
    public void The_conventional_OPENAI_API_KEY_is_used_when_OpenAI_ApiKey_is_absent()
    {
        using var provider = Build(new Dictionary<string, string?> { [OpenAIOptions.ApiKeyEnvironmentVariable] = "sk-test-from-env" });

        Assert.Equal("sk-test-from-env", provider.GetRequiredService<IOptions<OpenAIOptions>>().Value.ApiKey);
        Assert.NotNull(provider.GetService<IChatClient>());
    }

    [Fact]
    public void OpenAI_ApiKey_wins_over_OPENAI_API_KEY()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "sk-configured",
            [OpenAIOptions.ApiKeyEnvironmentVariable] = "sk-conventional",
        });

        Assert.Equal("sk-configured", provider.GetRequiredService<IOptions<OpenAIOptions>>().Value.ApiKey);
    }

    [Fact]
    public void Out_of_range_options_are_rejected_naming_the_setting()
    {
        using var provider = Build(new Dictionary<string, string?> { ["OpenAI:Timeout"] = "00:00:00", ["OpenAI:Model"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OpenAIOptions>>().Value);

        Assert.Contains(failure.Failures, message => message.Contains("Timeout", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, message => message.Contains("Model", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configured_key_is_sent_as_bearer_and_a_keyless_endpoint_still_works()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(ModelTestHost.FerrySummary()));
        await using (var keyed = ModelTestHost.Build(server, settings: new Dictionary<string, string?> { ["OpenAI:ApiKey"] = "sk-loopback" }))
        {
            await keyed.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Short, CancellationToken.None);
        }

        await using (var keyless = ModelTestHost.Build(server))
        {
            await keyless.GetRequiredService<ModelSummarizer>().SummarizeAsync(TestArticles.Ferry, SummaryLength.Short, CancellationToken.None);
        }

        Assert.Equal("Bearer sk-loopback", server.Requests[0].Authorization);
        Assert.DoesNotContain("sk-loopback", server.Requests[1].Authorization, StringComparison.Ordinal);
        Assert.Contains("at most 3 points", server.Requests[1].Message("user"), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddModels(configuration).AddSummaries(configuration).AddConversations(configuration);
        services.AddSingleton(TestPrompts.Library);
        return services.BuildServiceProvider();
    }
}
