namespace FoiBot.Bench.Scale;

/// <summary>Building one system's index from the letters.</summary>
/// <param name="What">What the time covers, since the two systems start from different places.</param>
internal sealed record IngestFigures(string What, double Seconds, double LettersPerSecond, double MegabytesPerSecond, long IndexBytes, long? PeakBytes);
