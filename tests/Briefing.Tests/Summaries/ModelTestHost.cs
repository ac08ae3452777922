using Briefing.Conversations;
using Briefing.Models;
using Briefing.Summaries;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Summaries;

/// <summary>The real AddModels, AddSummaries and AddConversations wiring pointed at a fake OpenAI-compatible server, with a fake clock.</summary>
internal static class ModelTestHost
{
    public const string ModelName = "test-model";

    public static ServiceProvider Build(FakeOpenAIServer server, FakeTimeProvider? time = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? extra = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = server.Endpoint.ToString(),
            ["OpenAI:Model"] = ModelName,
            ["OpenAI:MaxRetries"] = "0",
            ["OpenAI:Timeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time ?? new FakeTimeProvider(TestArticles.Fetched));
        services.AddModels(configuration).AddSummaries(configuration).AddConversations(configuration);
        services.AddSingleton(TestPrompts.Library);
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    /// <summary>A valid summary of <see cref="TestArticles.Ferry"/> whose quotes all stand in the article.</summary>
    public static object FerrySummary() => new
    {
        thesis = Item("The night ferry is essential to the night economy and should stay.", "The night ferry is not a luxury but the backbone of the city's night economy", 7),
        points = new[]
        {
            Item("Night riders are mostly shift workers without cars.", "two thirds of them are shift workers at the hospital and the container terminal, and most have no car", 3),
            Item("The bus alternative is far slower.", "the trip from Alder Point to the hospital takes 70 minutes by night bus instead of 15 minutes on the water", 4),
            Item("Electric boats would cut costs.", "replacing them with electric boats would cut running costs by a third", 6),
        },
        counterpoints = new[]
        {
            Item("The money could ease daytime crowding.", "Critics say the money would do more good on the daytime routes, where crowding is worst.", 5),
        },
    };

    public static object Item(string text, string quote, int paragraph) => new { text, quote, paragraph };
}
