using System.Text;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using NSec.Cryptography;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>The HTTP interactions endpoint's core: verified before read, answered in its response within the ack budget.</summary>
public sealed class InteractionEndpointTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_767_614_400);
    private readonly string _timestamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly Mock<IDiscordRestClient> _rest = new();
    private readonly RecordingInbox _inbox = new();
    private readonly FakeLogger<InteractionEndpoint> _logger = new();
    private readonly InteractionEndpoint _endpoint;

    public InteractionEndpointTests()
    {
        var options = Options.Create(new InteractionOptions());
        var verifier = new InteractionSignatureVerifier(Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        var responders = new InteractionResponderFactory(_rest.Object, _time, options, new FakeLogger<InteractionResponder>());
        _endpoint = new InteractionEndpoint(verifier, responders, _inbox, _rest.Object, options, _time, _logger);
    }

    public void Dispose() => _key.Dispose();

    private string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    private Task<InteractionEndpointResult> PostAsync(byte[] body, string? signature = null, string? timestamp = null) =>
        _endpoint.HandleAsync(signature ?? Sign(timestamp ?? _timestamp, body), timestamp ?? _timestamp, body, _time.GetUtcNow(), CancellationToken.None);

    private static byte[] Command(string name = "summarize") =>
        Encoding.UTF8.GetBytes($$$"""{"id":"1","application_id":"2","type":2,"token":"t","channel_id":"5","data":{"id":"3","name":"{{{name}}}","type":1}}""");

    [Fact]
    public async Task A_signed_ping_gets_a_pong_and_reaches_no_handler()
    {
        var result = await PostAsync("""{"id":"1","application_id":"2","type":1,"token":"t","version":1}"""u8.ToArray());

        Assert.Equal((200, """{"type":1}"""), (result.StatusCode, result.ResponseJson));
        Assert.Empty(_inbox.Posted);
    }

    [Fact]
    public async Task A_command_answered_within_the_budget_is_answered_in_the_response_itself()
    {
        _inbox.OnPost = responder => _ = responder.AnswerAsync(MessagePayload.Text("quick"), CancellationToken.None);

        var result = await PostAsync(Command());

        Assert.Equal(200, result.StatusCode);
        Assert.StartsWith("""{"type":4,"data":{"content":"quick""", result.ResponseJson, StringComparison.Ordinal);
        Assert.Equal("summarize", Assert.Single(_inbox.Posted).Data!.Name);
        // No callback request: the HTTP response is the acknowledgement.
        _rest.Verify(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_slow_command_gets_the_budgets_deferral_in_the_response()
    {
        var pending = PostAsync(Command());
        Assert.False(pending.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(150));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((200, """{"type":5}"""), (result.StatusCode, result.ResponseJson));
        Assert.Equal(InteractionResponseState.Deferred, Assert.Single(_inbox.Responders).State);
    }

    [Fact]
    public async Task A_full_lane_answers_busy_privately_in_the_response()
    {
        _inbox.Accept = false;

        var result = await PostAsync(Command());

        Assert.Equal(200, result.StatusCode);
        Assert.Contains(BusyReply.Text, result.ResponseJson, StringComparison.Ordinal);
        Assert.Contains("\"flags\":64", result.ResponseJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tampered-body")]
    [InlineData("other-timestamp")]
    [InlineData("missing-signature")]
    [InlineData("missing-timestamp")]
    [InlineData("not-hex")]
    [InlineData("other-key")]
    public async Task Anything_not_signed_by_the_application_key_is_401_and_never_read(string attack)
    {
        var body = Command();
        var signature = Sign(_timestamp, body);
        using var otherKey = Key.Create(SignatureAlgorithm.Ed25519);

        var result = attack switch
        {
            "tampered-body" => await _endpoint.HandleAsync(signature, _timestamp, Command("ask"), Now, CancellationToken.None),
            "other-timestamp" => await _endpoint.HandleAsync(signature, "1767614401", body, Now, CancellationToken.None),
            "missing-signature" => await _endpoint.HandleAsync(null, _timestamp, body, Now, CancellationToken.None),
            "missing-timestamp" => await _endpoint.HandleAsync(signature, null, body, Now, CancellationToken.None),
            "not-hex" => await _endpoint.HandleAsync(new string('z', 128), _timestamp, body, Now, CancellationToken.None),
            _ => await _endpoint.HandleAsync(Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(otherKey, [.. Encoding.UTF8.GetBytes(_timestamp), .. body])), _timestamp, body,
                Now, CancellationToken.None),
        };

        Assert.Equal((401, "invalid request signature"), (result.StatusCode, result.Problem));
        Assert.Empty(_inbox.Posted);
        Assert.Contains(_logger.Collector.GetSnapshot(), log => log.Message.Contains("refused a request with 401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_correctly_signed_but_stale_request_is_refused_as_a_replay()
    {
        var old = (Now.ToUnixTimeSeconds() - 600).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await PostAsync(Command(), timestamp: old);

        Assert.Equal((401, "stale X-Signature-Timestamp"), (result.StatusCode, result.Problem));
        Assert.Empty(_inbox.Posted);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"id":"x","type":"two"}""")]
    public async Task A_signed_but_unreadable_body_is_400_with_a_line_in_the_log(string body)
    {
        var result = await PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal((400, "the body is not an interaction object"), (result.StatusCode, result.Problem));
        Assert.Contains(_logger.Collector.GetSnapshot(), log => log.Message.Contains("refused a request with 400", StringComparison.Ordinal));
    }

    /// <summary>The lane as the endpoint sees it: records what is posted and runs the test's stand-in for a handler.</summary>
    private sealed class RecordingInbox : IInteractionInbox
    {
        public List<Interaction> Posted { get; } = [];

        public List<InteractionResponder> Responders { get; } = [];

        public bool Accept { get; set; } = true;

        public Action<InteractionResponder>? OnPost { get; set; }

        public bool TryPost(Interaction interaction, InteractionResponder responder, DateTimeOffset arrivedAt)
        {
            if (!Accept) return false;
            Posted.Add(interaction);
            Responders.Add(responder);
            OnPost?.Invoke(responder);
            return true;
        }
    }
}
