using System.Globalization;
using FoiBot.Synthetic;

namespace FoiBot.Bench.Scale;

/// <summary>`generate --letters N --out DIR [--seed S]`: writes a synthetic corpus, as the scale run does, for use elsewhere.</summary>
internal static class GenerateCommand
{
    public static void Run(IReadOnlyList<string> args, TextWriter log)
    {
        var values = ArgumentReader.Read(args, new HashSet<string>(StringComparer.Ordinal) { "--letters", "--out", "--seed" });
        var options = new SyntheticCorpusOptions
        {
            Letters = ArgumentReader.Int(values, "--letters", 10_000, min: 1),
            Seed = ArgumentReader.Int(values, "--seed", 1, min: 0),
        };
        var folder = Path.GetFullPath(ArgumentReader.Required(values, "--out"));
        var result = SyntheticCorpus.Write(folder, options, new Progress<int>(done =>
        {
            if (done % 100_000 == 0)
            {
                log.WriteLine(done.ToString("N0", CultureInfo.InvariantCulture) + " letters");
            }
        }));
        log.WriteLine($"Wrote {result.Letters:N0} letters ({result.Bytes / 1e6:F0} MB) to {folder} in {result.Elapsed.TotalSeconds:F1} s ({result.Letters / result.Elapsed.TotalSeconds:F0} letters/s).");
    }
}
