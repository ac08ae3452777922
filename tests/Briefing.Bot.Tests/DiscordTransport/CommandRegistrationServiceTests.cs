using System.Net;
using Briefing.Bot.DiscordTransport;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>The registration retry: six attempts with doubling delays, nothing after a rejected token.</summary>
public sealed class CommandRegistrationServiceTests
{
    private const string Route = "PUT /applications/{application_id}/commands";
    private readonly WatchedTimeProvider _time = new(BotTestHost.Start);
    private readonly Mock<IDiscordRestClient> _rest = new();
    private readonly FakeLogger<CommandRegistrationService> _logger = new();
    private int _attempts;

    private void FailWith(Func<int, Exception?> failureForAttempt) =>
        _rest.Setup(client => client.BulkOverwriteCommandsAsync(22, null, It.IsAny<IReadOnlyList<SlashCommand>>(), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                var failure = failureForAttempt(Interlocked.Increment(ref _attempts));
                return failure is null
                    ? Task.FromResult<IReadOnlyList<RegisteredCommand>>([])
                    : Task.FromException<IReadOnlyList<RegisteredCommand>>(failure);
            });

    /// <summary>
    /// Runs the service to its end: each time it arms its next retry delay (5 s, then doubling), the fake clock moves
    /// exactly that far; it stops when the service ends instead. No step waits on the real clock.
    /// </summary>
    private async Task RunToEndAsync()
    {
        var session = new Mock<IGatewaySession>();
        session.SetupGet(s => s.ApplicationId).Returns(22UL);
        session.Setup(s => s.WaitUntilReadyAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var registrar = new ApplicationCommandRegistrar(_rest.Object, Mock.Of<ICommandRegistrationStateStore>(),
            Options.Create(new DiscordOptions()), NullLogger<ApplicationCommandRegistrar>.Instance);
        using var service = new CommandRegistrationService(session.Object, registrar, new DiscordCommandDeclarations(), _time, _logger);

        await service.StartAsync(CancellationToken.None);
        var delay = CommandRegistrationService.FirstRetryDelay;
        for (var retry = 1; retry < CommandRegistrationService.MaxAttempts; retry++, delay *= 2)
        {
            var armed = _time.WaitForTimerAsync(_time.GetUtcNow() + delay);
            if (await Task.WhenAny(armed, service.ExecuteTask!) == service.ExecuteTask)
            {
                break;
            }

            await armed;
            _time.Advance(delay);
        }

        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private IReadOnlyList<FakeLogRecord> Records(string name) =>
        [.. _logger.Collector.GetSnapshot().Where(record => record.Id.Name == name)];

    [Fact]
    public async Task A_failing_registration_is_tried_six_times_with_doubling_delays_then_abandoned()
    {
        FailWith(_ => new DiscordRestException(HttpStatusCode.InternalServerError, 0, "oops", null, Route));

        await RunToEndAsync();

        Assert.Equal(6, _attempts);
        Assert.Equal(
            ["attempt 1 retry in 00:00:05", "attempt 2 retry in 00:00:10", "attempt 3 retry in 00:00:20", "attempt 4 retry in 00:00:40", "attempt 5 retry in 00:01:20"],
            Records("RegistrationFailed").Select(record => $"attempt {record.GetStructuredStateValue("Attempt")} retry in {record.GetStructuredStateValue("Delay")}"));
        Assert.Equal("6", Assert.Single(Records("RegistrationAbandoned")).GetStructuredStateValue("Attempts"));
    }

    [Fact]
    public async Task A_registration_that_succeeds_on_its_second_attempt_stops_retrying()
    {
        FailWith(attempt => attempt == 1 ? new DiscordRestException(HttpStatusCode.BadGateway, 0, "no gateway", null, Route) : null);

        await RunToEndAsync();

        Assert.Equal(2, _attempts);
        Assert.Single(Records("RegistrationFailed"));
        Assert.Empty(Records("RegistrationAbandoned"));
    }

    [Fact]
    public async Task A_rejected_token_is_not_retried()
    {
        FailWith(_ => new DiscordUnauthorizedException(Route));

        await RunToEndAsync();

        Assert.Equal(1, _attempts);
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
    }
}
