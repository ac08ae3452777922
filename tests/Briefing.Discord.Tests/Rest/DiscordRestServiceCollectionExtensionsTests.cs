using Briefing.Discord.Interactions;
using Briefing.Discord.Rest;
using Briefing.Discord.Tests.Interactions;
using Microsoft.Extensions.Configuration;

namespace Briefing.Discord.Tests.Rest;

public sealed class DiscordRestServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddDiscordRest(configuration);
        // The caller's part: command registration needs a state store (the bot's is database-backed).
        services.AddSingleton<ICommandRegistrationStateStore, RememberingRegistrationStateStore>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task Everything_the_bot_needs_resolves_with_defaults()
    {
        await using var provider = Build(new() { ["Discord:Token"] = "t" });

        Assert.IsType<DiscordRestClient>(provider.GetRequiredService<IDiscordRestClient>());
        Assert.IsType<DiscordRestClient>(provider.GetRequiredService<IGatewayBotSource>());
        Assert.Same(provider.GetRequiredService<DiscordRateLimiter>(), provider.GetRequiredService<DiscordRateLimiter>());
        Assert.NotNull(provider.GetRequiredService<IInteractionResponderFactory>());
        Assert.NotNull(provider.GetRequiredService<ApplicationCommandRegistrar>());
        Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<IOptions<InteractionOptions>>().Value.AutoDeferAfter);
        Assert.Equal("https://discord.com/api/v10", provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl);
        Assert.Equal(2, provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ServerErrorRetries);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("6")]
    public async Task Server_error_retries_outside_zero_to_five_are_refused(string retries)
    {
        await using var provider = Build(new() { ["Discord:Token"] = "t", ["Discord:ServerErrorRetries"] = retries });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("ServerErrorRetries", error.Message);
    }

    [Fact]
    public async Task An_auto_defer_delay_that_would_miss_the_three_second_deadline_is_refused()
    {
        await using var provider = Build(new() { ["Discord:Interactions:AutoDeferAfter"] = "00:00:03" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<InteractionOptions>>().Value);

        Assert.Contains("AutoDeferAfter", error.Message);
    }
}
