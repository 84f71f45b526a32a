namespace FoiBot.Indexing;

/// <summary>Another process committed the index with other corpus folders than the caller compared: the caller must adopt that commit, not write over it.</summary>
public sealed class IndexChangedElsewhereException(string indexPath)
    : Exception($"The index at {indexPath} was committed by another process with other corpus folders.");
