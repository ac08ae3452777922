using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Composition;

/// <summary>A bad configuration value stops the process with one line naming the key, exit code 1, before anything runs.</summary>
public sealed class ConfigurationErrorsTests
{
    [Theory]
    [InlineData("Digests:DefaultTimeZone", "Mars/Base", "Configuration error: Digests:DefaultTimeZone: 'Mars/Base' is not a known IANA time zone.")]
    [InlineData("Commands:RateLimitPermits", "0", "Configuration error: Commands:RateLimitPermits: The field RateLimitPermits must be between 1 and 10000.")]
    [InlineData("FollowUps:Debounce", "soon", "Configuration error: Failed to convert configuration value 'soon' at 'FollowUps:Debounce' to type 'System.TimeSpan'.")]
    public async Task A_bad_value_is_one_line_naming_the_key(string key, string value, string expected)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new BotLaunchSettings
        {
            Configuration = new Dictionary<string, string?> { [key] = value },
            Output = new ConsoleOutput(output, error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        };

        var exitCode = await new CliApp(settings).RunAsync(["digest", "preview"], CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal(expected, error.ToString().Trim());
        Assert.Empty(output.ToString());
    }
}
