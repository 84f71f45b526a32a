namespace FoiBot.Search;

/// <summary>How many letters, and question/answer passages from them, a build wrote.</summary>
public sealed record IndexBuildResult(int Letters, int Passages);
