using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FoiBot.Bench.Micro;

/// <summary>
/// BenchmarkDotNet over the hot paths: parsing a letter, and search, ask and the peer's search on a 10k-letter index.
/// In-process, so it measures the build that is running (always run it in Release).
/// </summary>
internal static class MicroBenchmarks
{
    public static void Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromTypes([typeof(ParseBenchmarks), typeof(QueryBenchmarks)]).Run(args, config);
    }
}
