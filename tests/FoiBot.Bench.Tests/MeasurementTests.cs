using FoiBot.Bench.Scale;

namespace FoiBot.Bench.Tests;

public sealed class MeasurementTests
{
    [Fact]
    public void Parse_ProcStatusText_ReadsKilobytesAsBytes()
    {
        const string status = "Name:\tfoibot\nVmPeak:\t  900 kB\nVmHWM:\t   2048 kB\nVmRSS:\t 1024 kB\n";

        Assert.Equal(2048 * 1024, ProcessMemory.Parse(status, "VmHWM:"));
        Assert.Null(ProcessMemory.Parse(status, "VmSwap:"));
    }

    [Fact]
    public void PeakBytes_ThisProcessOnLinux_IsAtLeastTheManagedHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Assert.True(ProcessMemory.PeakBytes() >= GC.GetTotalMemory(false));
    }

    [Fact]
    public void Percentile_TenSamples_IsTheNearestRank()
    {
        var latencies = new Latencies();
        for (var ms = 1; ms <= 10; ms++)
        {
            latencies.Add(TimeSpan.FromMilliseconds(11 - ms));
        }

        Assert.Equal(5, latencies.Percentile(50), 3);
        Assert.Equal(10, latencies.Percentile(99), 3);
        Assert.Equal(1, latencies.Percentile(0), 3);
    }

    [Fact]
    public void Concurrent_TwoCallers_EveryCallerAsksAndEachStartsAtItsOwnQuestion()
    {
        var asked = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();

        var figures = QueryLoad.Concurrent(["a", "b", "c"], callers: 2, TimeSpan.FromMilliseconds(200), q =>
        {
            asked.AddOrUpdate(q, 1, (_, n) => n + 1);
            Thread.Sleep(1);
        });

        Assert.Equal(2, figures.Callers);
        Assert.True(figures.PerSecond > 0);
        Assert.Equal(["a", "b", "c"], asked.Keys.Order());
    }

    [Fact]
    public void Ints_SizesWithSuffixes_AreReadAsWholeNumbers()
    {
        var values = ArgumentReader.Read(["--sizes", "10k,100k,1m"], new HashSet<string> { "--sizes" });

        Assert.Equal([10_000, 100_000, 1_000_000], ArgumentReader.Ints(values, "--sizes", []));
    }

    [Theory]
    [InlineData(new[] { "--nope", "1" }, "unknown option --nope")]
    [InlineData(new[] { "--sizes" }, "--sizes needs a value")]
    [InlineData(new[] { "--sizes", "ten" }, "--sizes must be a whole number")]
    public void Read_BadArguments_NameTheOption(string[] args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ArgumentReader.Ints(ArgumentReader.Read(args, new HashSet<string> { "--sizes" }), "--sizes", []));

        Assert.Contains(message, error.Message);
    }
}
