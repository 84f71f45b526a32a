namespace FoiBot.Answering.Semantic;

/// <summary>
/// A sentence-embedding model: text in, a unit-length vector out, so that the dot product of two vectors says how
/// alike in meaning the texts are (about 0.6 and above for the same question in other words, under 0.2 for unrelated ones).
/// </summary>
/// <remarks>Implementations must be safe to call from several threads; the engine serves requests in parallel.</remarks>
public interface ISentenceEmbedder
{
    float[] Embed(string text);
}
