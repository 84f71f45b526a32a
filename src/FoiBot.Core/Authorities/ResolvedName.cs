namespace FoiBot.Core.Authorities;

/// <summary>An authority a name resolved to, and the part of it the name meant, if any ("Licensing Board").</summary>
public sealed record ResolvedName(Authority Authority, string? Part);
