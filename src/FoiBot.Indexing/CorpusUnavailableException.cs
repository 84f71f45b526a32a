namespace FoiBot.Indexing;

/// <summary>A corpus folder cannot be read, and there is no index to answer from meanwhile (or `foibot index` was asked to build from it).</summary>
public sealed class CorpusUnavailableException(IReadOnlyList<CorpusFault> faults, string consequence)
    : Exception($"{Capitalised(string.Join("; ", faults))}. {consequence}")
{
    public IReadOnlyList<CorpusFault> Faults { get; } = faults;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
