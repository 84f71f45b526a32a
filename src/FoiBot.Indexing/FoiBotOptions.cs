namespace FoiBot.Indexing;

/// <summary>Where the letters and the index live (section "FoiBot"). Command-line options win over these.</summary>
public sealed record FoiBotOptions
{
    public const string SectionName = "FoiBot";

    /// <summary>The index folder, relative to the working folder unless absolute.</summary>
    public string IndexPath { get; init; } = Path.Combine(".foibot", "index");

    /// <summary>The corpus folders indexed when none is named on the command line; empty means "./corpus".</summary>
    public IReadOnlyList<string> CorpusPaths { get; init; } = [];

    /// <summary>
    /// Whether `serve` and the Discord bot follow the corpus folders, indexing letters added, changed or removed
    /// there as they happen. Off, they still show what `foibot index` adds.
    /// </summary>
    public bool WatchCorpus { get; init; } = true;

    public IReadOnlyList<string> EffectiveCorpusPaths => CorpusPaths.Count > 0 ? CorpusPaths : ["corpus"];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(IndexPath))
        {
            throw new ArgumentException("IndexPath must name a folder.", nameof(IndexPath));
        }

        if (CorpusPaths.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("CorpusPaths must not list an empty folder name.", nameof(CorpusPaths));
        }
    }
}
