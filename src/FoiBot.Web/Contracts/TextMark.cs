namespace FoiBot.Web.Contracts;

/// <summary>A span of text to highlight: character offsets, end exclusive. The page splits the text on them; it never parses markup.</summary>
public sealed record TextMark(int Start, int End);
