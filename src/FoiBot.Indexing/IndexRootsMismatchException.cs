namespace FoiBot.Indexing;

/// <summary>A reading command named corpus folders other than those the index was built from; only `foibot index` changes them.</summary>
public sealed class IndexRootsMismatchException(string indexPath, IReadOnlyList<string> recorded, IReadOnlyList<string> named)
    : Exception(
        $"The index at {indexPath} was built from {string.Join(", ", recorded)}, not {string.Join(", ", named)}. "
        + $"Leave out --corpus to answer from the folders it was built from, or rebuild it from the new folders with "
        + $"`foibot index --index {indexPath}{string.Concat(named.Select(r => $" --corpus {r}"))}`.")
{
    public IReadOnlyList<string> Recorded { get; } = recorded;
}
