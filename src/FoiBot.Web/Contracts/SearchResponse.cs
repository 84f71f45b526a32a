namespace FoiBot.Web.Contracts;

/// <summary>The passages matching a search, best first, after the filters.</summary>
public sealed record SearchResponse(string Query, string? Authority, IReadOnlyList<SearchHitResponse> Hits);
