using System.Collections.Immutable;

namespace FoiBot.Indexing;

/// <summary>
/// What a running host's index is short of, for `/healthz` and the logs: each problem under its own key (a folder
/// missing, following stopped, ...), set while it holds and cleared when it ends. Safe to use from many threads.
/// </summary>
public sealed class IndexHealth
{
    private ImmutableSortedDictionary<string, string> _problems = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>"ok" while nothing is wrong, else "degraded": the host still answers, from the last good index.</summary>
    public string Status => Volatile.Read(ref _problems).IsEmpty ? "ok" : "degraded";

    /// <summary>Each current problem, in words, in a stable order.</summary>
    public IReadOnlyList<string> Reasons => [.. Volatile.Read(ref _problems).Values];

    public void Set(string key, string reason) => ImmutableInterlocked.Update(ref _problems, p => p.SetItem(key, reason));

    public void Clear(string key) => ImmutableInterlocked.Update(ref _problems, p => p.Remove(key));

    /// <summary>Clears every problem whose key starts with <paramref name="prefix"/>.</summary>
    public void ClearAll(string prefix) =>
        ImmutableInterlocked.Update(ref _problems, p => p.RemoveRange(p.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()));
}
