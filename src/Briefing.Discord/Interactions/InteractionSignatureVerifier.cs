using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Checks the Ed25519 signature Discord puts on every request to an HTTP interactions endpoint: the
/// signed data is the X-Signature-Timestamp bytes followed by the raw body, the signature is hex in
/// X-Signature-Ed25519, the key is the application's public key (hex). Discord sends bad signatures on
/// purpose and disables endpoints that accept them.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    private const int SignatureLength = 64;
    private readonly PublicKey _publicKey;

    public InteractionSignatureVerifier(string publicKeyHex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyHex);
        byte[] keyBytes;
        try
        {
            keyBytes = Convert.FromHexString(publicKeyHex.Trim());
        }
        catch (FormatException)
        {
            throw new ArgumentException("The Discord application public key must be hexadecimal.", nameof(publicKeyHex));
        }
        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, keyBytes, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            throw new ArgumentException("The Discord application public key is not a 32-byte Ed25519 key.", nameof(publicKeyHex));
        }
        _publicKey = key;
    }

    /// <summary>True only for a well-formed, valid signature over timestamp + body.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != SignatureLength * 2
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }
        Span<byte> signature = stackalloc byte[SignatureLength];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done || written != SignatureLength)
        {
            return false;
        }
        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[timestampBytes.Length + body.Length];
        timestampBytes.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(timestampBytes.Length));
        return VerifySigned(signed, signature);
    }

    /// <summary>Plain Ed25519 over exactly these bytes (what the RFC 8032 test vectors check).</summary>
    internal bool VerifySigned(ReadOnlySpan<byte> signedData, ReadOnlySpan<byte> signature) =>
        signature.Length == SignatureLength && SignatureAlgorithm.Ed25519.Verify(_publicKey, signedData, signature);
}
