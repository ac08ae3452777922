using System.Text;
using Briefing.Discord.Interactions;
using NSec.Cryptography;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>Ed25519 as Discord signs interactions: the RFC 8032 vectors, then keys made here over timestamp + body.</summary>
public sealed class InteractionSignatureVerifierTests
{
    /// <summary>RFC 8032 section 7.1, TEST 1 to TEST 3: secret key, public key, message, signature (hex).</summary>
    public static TheoryData<string, string, string, string> Rfc8032Vectors => new()
    {
        {
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void The_rfc_8032_vectors_verify_and_any_changed_bit_does_not(string secretKey, string publicKey, string message, string signature)
    {
        var verifier = new InteractionSignatureVerifier(publicKey);
        var data = Convert.FromHexString(message);
        var signed = Convert.FromHexString(signature);

        Assert.True(verifier.VerifySigned(data, signed));
        // The vector's secret key yields its public key and, Ed25519 being deterministic, its signature.
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(secretKey), KeyBlobFormat.RawPrivateKey);
        Assert.Equal(publicKey, Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        Assert.Equal(signature, Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, data)));

        var flippedSignature = (byte[])signed.Clone();
        flippedSignature[0] ^= 1;
        Assert.False(verifier.VerifySigned(data, flippedSignature));
        Assert.False(verifier.VerifySigned([.. data, 0], signed));
    }

    [Fact]
    public void A_key_made_here_verifies_its_own_signature_over_timestamp_and_body_and_nothing_else()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var verifier = new InteractionSignatureVerifier(Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        var body = """{"type":1}"""u8.ToArray();
        string Sign(Key signer, string timestamp) =>
            Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(signer, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

        Assert.True(verifier.Verify(Sign(key, "1767614400"), "1767614400", body));
        Assert.False(verifier.Verify(Sign(key, "1767614400"), "1767614401", body));
        Assert.False(verifier.Verify(Sign(other, "1767614400"), "1767614400", body));
        Assert.False(verifier.Verify(null, "1767614400", body));
        Assert.False(verifier.Verify(Sign(key, "1767614400"), null, body));
    }

    [Theory]
    [InlineData("not hex at all")]
    [InlineData("abcd")]
    public void A_public_key_that_is_not_32_hex_bytes_is_refused_with_a_clear_error(string publicKey)
    {
        var error = Assert.Throws<ArgumentException>(() => new InteractionSignatureVerifier(publicKey));
        Assert.Contains("public key", error.Message, StringComparison.Ordinal);
    }
}
