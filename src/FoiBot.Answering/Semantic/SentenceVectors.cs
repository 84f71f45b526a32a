using System.Collections.Concurrent;
using System.Diagnostics;

namespace FoiBot.Answering.Semantic;

/// <summary>
/// The vectors of the texts the engine has compared so far, each computed once: a letter's sentences are embedded
/// the first time a question retrieves it, and every later question reuses them.
/// </summary>
/// <remarks>
/// Held in memory only; a text that occurs in many letters ("Yes.") is stored once. Past <see cref="MaxKept"/> texts
/// (about 100 MB of vectors) new ones are computed each time they are needed rather than kept, so a long-running host
/// over a large index does not grow without end.
/// </remarks>
internal sealed class SentenceVectors(ISentenceEmbedder embedder)
{
    public const int MaxKept = 50_000;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private long _embedded;
    private long _ticks;

    /// <summary>How many texts were embedded and how long the model took over them, for stating what the cache costs.</summary>
    public (long Texts, TimeSpan Time) Cost => (Interlocked.Read(ref _embedded), TimeSpan.FromTicks(Interlocked.Read(ref _ticks)));

    public float[] Of(string text) =>
        _vectors.TryGetValue(text, out var known) ? known
        : _vectors.Count < MaxKept ? _vectors.GetOrAdd(text, Embed)
        : Embed(text);

    public double Similarity(float[] a, string text) => Dot(a, Of(text));

    private float[] Embed(string text)
    {
        var started = Stopwatch.GetTimestamp();
        var vector = embedder.Embed(text);
        Interlocked.Increment(ref _embedded);
        Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(started).Ticks);
        return vector;
    }

    public static double Dot(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            throw new InvalidOperationException($"Vectors of {a.Length} and {b.Length} dimensions cannot be compared.");
        }

        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
