namespace FoiBot.Search;

/// <summary>How many letters the index holds from one authority, and the span of their response dates.</summary>
public sealed record AuthorityCoverage(string Authority, int Letters, DateOnly? Earliest, DateOnly? Latest);
