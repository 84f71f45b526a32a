namespace FoiBot.Synthetic;

/// <summary>
/// A small SplitMix64 generator seeded from (corpus seed, letter number), so that a letter's text depends on nothing
/// else: letters can be made in any order, in parallel, or one at a time. System.Random is avoided because its
/// seeded sequence is not promised to stay the same across .NET versions.
/// </summary>
internal sealed class LetterRandom
{
    private ulong _state;

    private LetterRandom(ulong state) => _state = state;

    public static LetterRandom For(int seed, int number) => new(Mix(((ulong)(uint)seed << 32) ^ (uint)number ^ 0x5DEECE66DUL));

    /// <summary>A generator for a purpose that is not a letter (the authority ranking, the question set), apart from every letter's.</summary>
    public static LetterRandom ForStream(int seed, ulong stream) => new(Mix(Mix((ulong)(uint)seed) ^ stream));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)((NextUInt64() >> 32) * (ulong)max >> 32);

    /// <summary>A number in [min, max], both included.</summary>
    public long Between(long min, long max) => max <= min ? min : min + (long)(NextUInt64() % (ulong)(max - min + 1));

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Puts the items in a random order, in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>An index drawn with the given weights (which need not sum to 1).</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
