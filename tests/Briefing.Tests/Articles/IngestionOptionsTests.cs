using Briefing.Articles;
using Briefing.Feeds;

namespace Briefing.Tests.Articles;

public sealed class IngestionOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var services = IngestionTestServices.Build(allowPrivateNetworks: false, new Dictionary<string, string?> { ["Ingestion:Timeout"] = null });

        var ingestion = services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var feeds = services.GetRequiredService<IOptions<FeedOptions>>().Value;

        Assert.False(ingestion.AllowPrivateNetworks);
        Assert.Equal(5 * 1024 * 1024, ingestion.MaxResponseBytes);
        Assert.Equal(TimeSpan.FromSeconds(20), ingestion.Timeout);
        Assert.Equal(5, ingestion.MaxRedirects);
        Assert.StartsWith("BriefingBot/1.0 (+https://", ingestion.UserAgent, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(30), feeds.PollInterval);
        Assert.Equal(10, feeds.DisableAfterFailures);
    }

    [Theory]
    [InlineData("Ingestion:MaxRedirects", "50", "MaxRedirects")]
    [InlineData("Ingestion:MaxResponseBytes", "10", "MaxResponseBytes")]
    [InlineData("Ingestion:Timeout", "00:00:00", "Timeout")]
    [InlineData("Feeds:DisableAfterFailures", "0", "DisableAfterFailures")]
    public void A_bad_value_is_refused_naming_the_key(string key, string value, string member)
    {
        var services = IngestionTestServices.Build(allowPrivateNetworks: false, new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<IngestionOptions>>().Value;
            _ = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        });

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }
}
