namespace FoiBot.Cli;

/// <summary>Where the letters and the index live. Command-line options win over these.</summary>
internal sealed record FoiBotOptions
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

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(IndexPath))
        {
            throw new OptionsException($"{SectionName}:{nameof(IndexPath)} must name a folder.");
        }

        if (CorpusPaths.Any(string.IsNullOrWhiteSpace))
        {
            throw new OptionsException($"{SectionName}:{nameof(CorpusPaths)} must not list an empty folder name.");
        }
    }
}
