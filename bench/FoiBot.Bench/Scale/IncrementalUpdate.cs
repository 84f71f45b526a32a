using System.Diagnostics;
using System.Globalization;
using FoiBot.Ingestion.Parsing;
using FoiBot.Search;
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
            var api = ApiAdd(index, letter);
            var serve = ServeWatch.Measure(foibot, corpus, count, index, seed, log);
            return new IncrementalFigures(add.Elapsed.TotalSeconds, remove.Elapsed.TotalSeconds, api, found, add.Output.Trim(), serve);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// A running process holding the index open (as `foibot serve` does) adds the letter in place, commits, refreshes
    /// and finds it by its reference; then removes it again, so the index is left as `foibot index` wrote it.
    /// </summary>
    private static double ApiAdd(string index, SyntheticLetter letter)
    {
        var parsed = new LetterParser().Parse(letter.Text, "incremental/" + Path.GetFileName(letter.RelativePath));
        var id = "bench-incremental-" + letter.Number.ToString(CultureInfo.InvariantCulture);
        using var open = LetterIndex.Open(index);
        var info = open.BuildInfo;
        _ = open.Search(new PassageQuery { Text = letter.TopicTitle, Limit = 10 });

        var clock = Stopwatch.StartNew();
        using (var writer = LetterIndexWriter.Open(index))
        {
            writer.Upsert([new IndexedLetter(id, parsed)]);
            writer.Commit(info);
        }

        open.Refresh();
        var found = open.FindLetter(letter.Reference) is not null;
        clock.Stop();
        using (var writer = LetterIndexWriter.Open(index))
        {
            writer.Remove(id);
            writer.Commit(info);
        }

        return found ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"Letter {letter.Reference} was added in place but not found.");
    }
}
