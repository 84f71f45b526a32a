namespace FoiBot.Synthetic.Tests;

/// <summary>One field the parser read differently from the truth.</summary>
internal sealed record ParseBackMiss(string Field, int Number, string Layout, string Expected, string Parsed);
