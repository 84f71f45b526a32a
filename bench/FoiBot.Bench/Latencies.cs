namespace FoiBot.Bench;

/// <summary>Timed samples in milliseconds, summarised as the percentiles the README reports.</summary>
internal sealed class Latencies
{
    private readonly List<double> _samples = [];

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public double PerSecond => _samples.Count / (_samples.Sum() / 1000);
}
