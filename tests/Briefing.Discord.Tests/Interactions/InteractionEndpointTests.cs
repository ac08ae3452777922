using System.Text;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using NSec.Cryptography;

namespace Briefing.Discord.Tests.Interactions;

public sealed class InteractionEndpointTests : IDisposable
{
    private const string Timestamp = "1767614400";
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly InteractionEndpoint _endpoint;

    public InteractionEndpointTests() =>
        _endpoint = new InteractionEndpoint(new InteractionSignatureVerifier(Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey))));

    public void Dispose() => _key.Dispose();

    private string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    [Fact]
    public void A_signed_ping_gets_a_pong()
    {
        var body = """{"id":"1","application_id":"2","type":1,"token":"t","version":1}"""u8.ToArray();

        var result = _endpoint.Handle(Sign(Timestamp, body), Timestamp, body);

        Assert.Equal((200, """{"type":1}"""), (result.StatusCode, result.ResponseJson));
    }

    [Fact]
    public void A_signed_command_is_deferred_in_the_response_and_handed_on()
    {
        var body = """{"id":"1","application_id":"2","type":2,"token":"t","data":{"id":"3","name":"summarize","type":1}}"""u8.ToArray();

        var result = _endpoint.Handle(Sign(Timestamp, body), Timestamp, body);

        Assert.Equal((200, """{"type":5}"""), (result.StatusCode, result.ResponseJson));
        Assert.Equal("summarize", result.Interaction!.Data!.Name);
    }

    [Fact]
    public void A_signed_autocomplete_is_never_deferred_it_gets_an_empty_type_8_result()
    {
        var body = """{"id":"1","application_id":"2","type":4,"token":"t","data":{"id":"3","name":"summarize","type":1,"options":[{"name":"query","type":3,"value":"a","focused":true}]}}"""u8.ToArray();

        var result = _endpoint.Handle(Sign(Timestamp, body), Timestamp, body);

        Assert.Equal((200, """{"type":8,"data":{"choices":[]}}"""), (result.StatusCode, result.ResponseJson));
        Assert.Null(result.Interaction);
    }

    [Theory]
    [InlineData("tampered-body")]
    [InlineData("other-timestamp")]
    [InlineData("missing-signature")]
    [InlineData("not-hex")]
    [InlineData("other-key")]
    public void Anything_not_signed_by_the_application_key_is_401(string attack)
    {
        var body = """{"id":"1","application_id":"2","type":1,"token":"t"}"""u8.ToArray();
        var signature = Sign(Timestamp, body);
        using var otherKey = Key.Create(SignatureAlgorithm.Ed25519);

        var result = attack switch
        {
            "tampered-body" => _endpoint.Handle(signature, Timestamp, """{"id":"1","application_id":"2","type":2,"token":"t"}"""u8),
            "other-timestamp" => _endpoint.Handle(signature, "1767614401", body),
            "missing-signature" => _endpoint.Handle(null, Timestamp, body),
            "not-hex" => _endpoint.Handle(new string('z', 128), Timestamp, body),
            _ => _endpoint.Handle(Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(otherKey, [.. Encoding.UTF8.GetBytes(Timestamp), .. body])), Timestamp, body),
        };

        Assert.Equal(401, result.StatusCode);
        Assert.Null(result.Interaction);
    }

    [Fact]
    public void A_signed_but_unreadable_body_is_400()
    {
        var body = "not json"u8.ToArray();

        Assert.Equal(400, _endpoint.Handle(Sign(Timestamp, body), Timestamp, body).StatusCode);
    }

    [Fact]
    public void A_malformed_public_key_is_refused_at_start()
    {
        Assert.Throws<ArgumentException>(() => new InteractionSignatureVerifier("abc"));
        Assert.Throws<ArgumentException>(() => new InteractionSignatureVerifier("zz" + new string('0', 62)));
    }
}
