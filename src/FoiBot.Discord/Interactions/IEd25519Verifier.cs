namespace FoiBot.Discord.Interactions;

/// <summary>Checks an Ed25519 signature; a seam so a managed implementation can replace the native one in one line.</summary>
internal interface IEd25519Verifier
{
    bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature);
}
