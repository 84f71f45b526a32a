namespace FoiBot.Import;

/// <summary>How far an import has got: items done of those found, and the one being fetched.</summary>
public readonly record struct ImportProgress(int Done, int Total, string Current);
