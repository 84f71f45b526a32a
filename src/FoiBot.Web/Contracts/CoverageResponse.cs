using FoiBot.Search;

namespace FoiBot.Web.Contracts;

/// <summary>What the index holds: letters in all, and per authority with their date span.</summary>
public sealed record CoverageResponse(int Letters, IReadOnlyList<AuthorityCoverage> Authorities);
