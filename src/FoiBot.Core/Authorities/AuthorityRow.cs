namespace FoiBot.Core.Authorities;

/// <summary>An authority as read from the data file, with the line it came from for error messages.</summary>
internal sealed record AuthorityRow(Authority Authority, int Line);
