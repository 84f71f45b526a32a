namespace FoiBot.Bench.Scale;

/// <summary>Throughput and latency with several callers at once.</summary>
internal sealed record ConcurrentFigures
{
    public required int Callers { get; init; }

    public required double PerSecond { get; init; }

    public required double P50Ms { get; init; }

    public required double P99Ms { get; init; }
}
