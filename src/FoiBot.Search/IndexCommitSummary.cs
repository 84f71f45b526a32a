namespace FoiBot.Search;

/// <summary>What an index's latest commit records, read without opening the index for search.</summary>
/// <param name="Letters">Live letters when the commit was written.</param>
/// <param name="Passages">Live passages when the commit was written.</param>
public sealed record IndexCommitSummary(IndexBuildInfo BuildInfo, int Letters, int Passages);
