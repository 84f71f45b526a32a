using System.Collections.Concurrent;
using FoiBot.Core;

namespace FoiBot.Search.Querying;

/// <summary>
/// Deserialised letters, bounded: two generations of at most <see cref="Capacity"/> letters each. When the young
/// one fills, the old one is dropped and the young one ages, so letters still being asked about survive (an entry
/// found in the old generation is promoted) and memory stays flat however large the index grows.
/// </summary>
/// <remarks>Cheaper than an exact LRU under many threads: lookups take no lock; only the rare aging step does.</remarks>
internal sealed class LetterCache
{
    public const int Capacity = 4096;

    private readonly Lock _aging = new();
    private ConcurrentDictionary<string, Disclosure> _young = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Disclosure> _old = new(StringComparer.Ordinal);

    public bool TryGet(string letterId, out Disclosure letter)
    {
        var young = Volatile.Read(ref _young);
        if (young.TryGetValue(letterId, out letter!))
        {
            return true;
        }

        if (!Volatile.Read(ref _old).TryGetValue(letterId, out letter!))
        {
            return false;
        }

        Add(letterId, letter);
        return true;
    }

    public Disclosure GetOrAdd<TArg>(string letterId, Func<TArg, Disclosure> create, TArg arg)
    {
        if (TryGet(letterId, out var letter))
        {
            return letter;
        }

        letter = create(arg);
        Add(letterId, letter);
        return letter;
    }

    private void Add(string letterId, Disclosure letter)
    {
        var young = Volatile.Read(ref _young);
        young[letterId] = letter;
        if (young.Count < Capacity)
        {
            return;
        }

        lock (_aging)
        {
            if (ReferenceEquals(young, _young))
            {
                Volatile.Write(ref _old, young);
                Volatile.Write(ref _young, new ConcurrentDictionary<string, Disclosure>(StringComparer.Ordinal));
            }
        }
    }
}
