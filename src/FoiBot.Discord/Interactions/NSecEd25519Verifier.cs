using NSec.Cryptography;

namespace FoiBot.Discord.Interactions;

/// <summary>Ed25519 through NSec (libsodium), with the application's public key imported once.</summary>
internal sealed class NSecEd25519Verifier : IEd25519Verifier
{
    private readonly PublicKey _key;

    public NSecEd25519Verifier(string publicKeyHex)
    {
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
    }

    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        signature.Length == 64 && SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
}
