using System.Text;

namespace FoiBot.Discord.Interactions;

/// <summary>Discord signs UTF-8(timestamp) followed by the raw body; anything missing or malformed is simply invalid.</summary>
internal static class InteractionSignature
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    public static bool IsValid(IEd25519Verifier verifier, string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: 128 } || string.IsNullOrEmpty(timestamp) || !signatureHex.All(Uri.IsHexDigit))
        {
            return false;
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        return verifier.Verify(signed, Convert.FromHexString(signatureHex));
    }
}
