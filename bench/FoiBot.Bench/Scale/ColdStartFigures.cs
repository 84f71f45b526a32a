namespace FoiBot.Bench.Scale;

/// <summary>A fresh `foibot ask` process on an existing, current index: start, check the corpus, open, answer, exit.</summary>
internal sealed record ColdStartFigures(int Runs, double MedianMs, double MinMs, long? PeakBytes);
