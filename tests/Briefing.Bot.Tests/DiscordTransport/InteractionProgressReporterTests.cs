using System.Net;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Conversations;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>Status lines in the original: quiet at first, throttled, latest wins, never after the answer, failures harmless.</summary>
public sealed class InteractionProgressReporterTests
{
    private const ulong ApplicationId = 22;
    private const string Token = "tok";
    // The budget and the guard fire late here (2.8 s), so the reporter's own deferral at 1.5 s is what these tests see.
    private readonly ResponderHarness _harness = new(new FakeTimeProvider(BotTestHost.Start))
    {
        Options = new InteractionOptions { AckBudget = TimeSpan.FromSeconds(2.8), AutoDeferAfter = TimeSpan.FromSeconds(2.8) },
    };
    private readonly FakeTimeProvider _time;
    private readonly Mock<IDiscordRestClient> _rest;
    private readonly FakeLogger _logger = new();
    /// <summary>Every call on the interaction, in order: "callback 5 64", "edit ⏳ Reading…".</summary>
    private readonly List<string> _calls = [];
    private readonly List<MessagePayload> _edits = [];

    public InteractionProgressReporterTests()
    {
        _time = _harness.Time;
        _rest = _harness.Rest;
        _rest.Setup(client => client.CreateInteractionResponseAsync(11, Token, It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => _calls.Add($"callback {(int)response.Type} {response.Data?.Flags}".TrimEnd()))
            .Returns(Task.CompletedTask);
        _rest.Setup(client => client.EditOriginalResponseAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => { _calls.Add($"edit {message.Content}"); _edits.Add(message); })
            .ReturnsAsync(new DiscordMessage { Id = 900, ChannelId = 5 });
    }

    private InteractionResponder CreateResponder(bool autoDeferEphemeral = false)
    {
        var responder = _harness.Create(guildId: 1, channelId: 5);
        responder.AutoDeferEphemeral = autoDeferEphemeral;
        return responder;
    }

    private InteractionProgressReporter CreateReporter(InteractionResponder responder) =>
        new(responder, _time.GetUtcNow(), new InteractionProgressOptions(), _time, _logger, CancellationToken.None);

    [Fact]
    public async Task A_command_that_ends_within_the_quiet_period_sends_nothing()
    {
        await using var responder = CreateResponder();
        var reporter = CreateReporter(responder);

        reporter.Report("Reading https://example.org/a…");
        _time.Advance(TimeSpan.FromSeconds(1.4));

        Assert.False(await reporter.CompleteAsync());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_calls, call => call.StartsWith("edit", StringComparison.Ordinal));
        Assert.DoesNotContain("callback 5", _calls);
    }

    [Fact]
    public async Task After_the_quiet_period_it_defers_with_the_guards_visibility_and_shows_the_status_without_pings_or_previews()
    {
        await using var responder = CreateResponder(autoDeferEphemeral: true);
        var reporter = CreateReporter(responder);

        reporter.Report("Summarizing “@everyone wins”… from https://example.org/a…");
        _time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.True(await reporter.CompleteAsync());
        Assert.Equal(["callback 5 64", "edit ⏳ Summarizing “@everyone wins”… from <https://example.org/a>…"], _calls);
        var edit = Assert.Single(_edits);
        Assert.Empty(edit.AllowedMentions!.Parse!);
        Assert.Null(edit.Flags);
        Assert.Equal(InteractionResponseState.Deferred, responder.State);
    }

    [Fact]
    public async Task Edits_are_throttled_and_the_latest_line_wins()
    {
        await using var responder = CreateResponder();
        var reporter = CreateReporter(responder);
        reporter.Report("one");
        _time.Advance(TimeSpan.FromSeconds(1.5));

        reporter.Report("two");
        reporter.Report("three");
        _time.Advance(TimeSpan.FromSeconds(1.9));
        var beforeInterval = _edits.Count;
        _time.Advance(TimeSpan.FromSeconds(0.1));

        await reporter.CompleteAsync();
        Assert.Equal(1, beforeInterval);
        Assert.Equal(["⏳ one", "⏳ three"], _edits.Select(edit => edit.Content));
    }

    [Fact]
    public async Task Completing_waits_for_the_edit_in_flight_and_nothing_is_sent_afterwards()
    {
        var release = new TaskCompletionSource<DiscordMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _rest.Setup(client => client.EditOriginalResponseAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _calls.Add($"edit {message.Content}"))
            .Returns(release.Task);
        await using var responder = CreateResponder();
        var reporter = CreateReporter(responder);
        reporter.Report("Reading");
        _time.Advance(TimeSpan.FromSeconds(1.5));

        var completing = reporter.CompleteAsync();
        Assert.False(completing.IsCompleted);
        reporter.Report("too late");
        release.SetResult(new DiscordMessage());
        Assert.True(await completing);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["callback 5", "edit ⏳ Reading"], _calls);
    }

    [Fact]
    public async Task A_failed_status_edit_is_logged_and_the_command_goes_on()
    {
        _rest.Setup(client => client.EditOriginalResponseAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.InternalServerError, 0, "boom", null, "PATCH /webhooks"));
        await using var responder = CreateResponder();
        var reporter = CreateReporter(responder);
        reporter.Report("Reading");
        _time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.False(await reporter.CompleteAsync());

        var logged = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(5110, logged.Id.Id);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.IsType<DiscordRestException>(logged.Exception);
    }

    [Fact]
    public async Task The_sender_replaces_a_shown_status_with_the_answer_and_the_answer_comes_last()
    {
        await using var responder = CreateResponder();
        // The real conversation store (temp SQLite); this reply opens no thread, so nothing is written to it.
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);
        var sender = new InteractionReplySender(_rest.Object, bot.Services.GetRequiredService<IConversationStore>(), _time,
            Options.Create(new InteractionProgressOptions()), NullLogger<InteractionReplySender>.Instance);
        var card = new BotReply { Messages = [new ReplyMessage { Cards = [new ReplyCard { Title = "Answer", Description = "body" }] }] };

        await sender.RunAsync(responder, "library", _time.GetUtcNow(), (progress, _) =>
        {
            progress.Report("Reading https://example.org/a…");
            _time.Advance(TimeSpan.FromSeconds(2));
            progress.Report("never shown: the answer is ready");
            return Task.FromResult(card);
        }, CancellationToken.None);

        Assert.Equal(["callback 5", "edit ⏳ Reading <https://example.org/a>…", "edit "], _calls);
        Assert.Equal("Answer", Assert.Single(_edits[^1].Embeds!).Title);
        Assert.Equal(string.Empty, _edits[^1].Content);
    }
}
