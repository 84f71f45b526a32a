using System.Diagnostics;
using FoiBot.Synthetic;

namespace FoiBot.Bench.Scale;

/// <summary>Adds one new letter to an indexed corpus and removes it again, with the real `foibot index` each time.</summary>
internal static class IncrementalUpdate
{
    public static IncrementalFigures Measure(FoiBotCli foibot, SyntheticCorpusFolder corpus, int count, string index, int seed, TextWriter log)
    {
        // The letter after the corpus's last one (numbered from 0): new to the index, and the same every run.
        var letter = SyntheticCorpus.Generate(seed, count);
        var path = Path.Combine(corpus.Folder, "incremental", Path.GetFileName(letter.RelativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string[] update = ["index", "--corpus", corpus.Folder, "--index", index];
        try
        {
            File.WriteAllText(path, letter.Text);
            var add = foibot.Run(update, TimeSpan.FromHours(2)).EnsureSuccess("foibot index (one letter added)");
            var found = foibot.Run(["show", letter.Reference, "--corpus", corpus.Folder, "--index", index], TimeSpan.FromMinutes(5)).ExitCode == 0;
            File.Delete(path);
            var remove = foibot.Run(update, TimeSpan.FromHours(2)).EnsureSuccess("foibot index (the letter removed)");
            log.WriteLine($"[{count}] add one letter: {add.Elapsed.TotalSeconds:F2} s ({add.Output.Trim()}); found: {found}; remove: {remove.Elapsed.TotalSeconds:F2} s");
            return new IncrementalFigures(add.Elapsed.TotalSeconds, remove.Elapsed.TotalSeconds, ApiAdd(index, letter), found, add.Output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Null until the index can be updated in place from a running process.</summary>
    private static double? ApiAdd(string index, SyntheticLetter letter)
    {
        _ = index;
        _ = letter;
        _ = Stopwatch.Frequency;
        return null;
    }
}
