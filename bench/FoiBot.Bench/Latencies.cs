namespace FoiBot.Bench;

/// <summary>Timed samples in milliseconds, summarised as the percentiles the README reports.</summary>
internal sealed class Latencies
{
    private readonly List<double> _samples = [];
    private double[]? _sorted;

    public int Count => _samples.Count;

    public void Add(TimeSpan elapsed)
    {
        _samples.Add(elapsed.TotalMilliseconds);
        _sorted = null;
    }

    public void AddRange(Latencies other)
    {
        _samples.AddRange(other._samples);
        _sorted = null;
    }

    /// <summary>The nearest-rank percentile: the smallest sample at or above <paramref name="p"/> percent of them.</summary>
    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        _sorted ??= [.. _samples.Order()];
        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length) - 1;
        return _sorted[Math.Clamp(rank, 0, _sorted.Length - 1)];
    }

    /// <summary>Calls per second for one caller running the samples back to back.</summary>
    public double PerSecond => _samples.Count / (_samples.Sum() / 1000);
}
