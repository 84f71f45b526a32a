namespace FoiBot.Answering.Records;

/// <summary>A name (authority, outcome or exemption) and how many letters have it.</summary>
public sealed record NamedCount(string Name, int Count);
