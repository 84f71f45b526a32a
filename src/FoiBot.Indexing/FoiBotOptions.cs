using FoiBot.Core.Authorities;

namespace FoiBot.Indexing;

/// <summary>Where the letters and the index live (section "FoiBot"). Command-line options win over these.</summary>
public sealed record FoiBotOptions
{
    public const string SectionName = "FoiBot";

    /// <summary>The index folder, relative to the working folder unless absolute.</summary>
    public string IndexPath { get; init; } = Path.Combine(".foibot", "index");

    /// <summary>
    /// The corpus folders indexed when none is named on the command line; empty means "./corpus". An entry is a folder,
    /// or {"Path": ..., "Authority": ...} for a folder whose letters are all one authority's.
    /// </summary>
    public IReadOnlyList<CorpusPathEntry> CorpusPaths { get; init; } = [];

    /// <summary>
    /// Whether `serve` and the Discord bot follow the corpus folders, indexing letters added, changed or removed
    /// there as they happen. Off, they still show what `foibot index` adds.
    /// </summary>
    public bool WatchCorpus { get; init; } = true;

    public IReadOnlyList<string> EffectiveCorpusPaths => CorpusPaths.Count > 0 ? [.. CorpusPaths.Select(p => p.Path)] : ["corpus"];

    /// <summary>The authority set for each configured folder that has one, by the folder as configured.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CorpusAuthorities =>
        [.. CorpusPaths.Where(p => !string.IsNullOrWhiteSpace(p?.Authority)).Select(p => KeyValuePair.Create(p.Path, p.Authority!))];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(IndexPath))
        {
            throw new ArgumentException("IndexPath must name a folder.", nameof(IndexPath));
        }

        if (CorpusPaths.Any(p => string.IsNullOrWhiteSpace(p?.Path)))
        {
            throw new ArgumentException("CorpusPaths must not list an empty folder name.", nameof(CorpusPaths));
        }

        foreach (var (path, authority) in CorpusAuthorities)
        {
            if (AuthorityCatalog.Default.ResolveLoosely(authority) is null)
            {
                throw new ArgumentException(
                    $"CorpusPaths gives '{authority}' as the authority of {path}, which is no authority FoiBot knows; write its name as the authority does (e.g. \"Leeds City Council\").",
                    nameof(CorpusPaths));
            }
        }
    }
}
