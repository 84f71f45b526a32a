using System.Globalization;

namespace FoiBot.Bench;

/// <summary>What to measure: which letters, how many copies of them (to grow the corpus), how many timed runs per query.</summary>
internal sealed record BenchOptions(string Corpus, int Copies, int Iterations)
{
    public static BenchOptions Parse(string[] args)
    {
        var corpus = "corpus";
        var copies = 20;
        var iterations = 200;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--copies": copies = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--iterations": iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (copies < 1 || iterations < 1)
        {
            throw new ArgumentException("--copies and --iterations must be at least 1");
        }

        return new BenchOptions(corpus, copies, iterations);
    }
}
