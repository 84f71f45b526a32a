namespace FoiBot.Embeddings.Tests;

/// <summary>The real model, loaded once for a test class (about 1.7 s).</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
