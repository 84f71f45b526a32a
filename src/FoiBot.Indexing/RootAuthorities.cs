using FoiBot.Core.Authorities;

namespace FoiBot.Indexing;

/// <summary>
/// The authorities set for corpus folders (`foibot index --corpus DIR --authority NAME`, or a FoiBot:CorpusPaths entry's
/// Authority), as an index records them: by the folder as <see cref="CorpusRoots.Normalise"/> writes it, each name as the
/// catalog writes it. Like the folders, they are the index's own once recorded: only `foibot index` changes them.
/// </summary>
public static class RootAuthorities
{
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Each folder normalised and each name resolved in <paramref name="catalog"/>.</summary>
    /// <exception cref="UnknownAuthorityException">A name resolves to nothing in the catalog.</exception>
    /// <exception cref="ArgumentException">One folder is given two different authorities.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(IEnumerable<KeyValuePair<string, string>> set, AuthorityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(catalog);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, name) in set)
        {
            var root = CorpusRoots.Normalise([folder])[0];
            var authority = catalog.ResolveLoosely(name)?.Authority.Name ?? throw new UnknownAuthorityException(name.Trim(), root);
            if (resolved.TryGetValue(root, out var earlier) && earlier != authority)
            {
                throw new ArgumentException($"{root} is given two authorities, '{earlier}' and '{authority}'; a folder's letters can be only one's.", nameof(set));
            }

            resolved[root] = authority;
        }

        return resolved;
    }

    /// <summary>
    /// The authorities a reading command or host uses with the index at <paramref name="indexPath"/>: those it records
    /// when it records its folders, else <paramref name="configured"/> (for an index that has none yet).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForReading(string indexPath, IReadOnlyDictionary<string, string> configured) =>
        Search.LetterIndex.ReadCommit(indexPath)?.BuildInfo is { Roots.Count: > 0 } recorded ? recorded.RootAuthorities : configured;
}
