using System.CommandLine;
using FoiBot.Cli.Output;
using FoiBot.Core;
using FoiBot.Evaluation;
using FoiBot.Ingestion.Loading;

namespace FoiBot.Cli.Commands;

/// <summary>
/// `foibot eval-pairs`: reads the corpus the way `index` does and measures what the parser made of each letter
/// against a folder of hand-checked pair records: pairs materially right, authority, reference and date. A command
/// of its own rather than an option of `eval`, because it takes other input (records, not questions), measures the
/// parser rather than answers, and needs no index, engine or peer.
/// </summary>
internal static class EvalPairsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var pairs = new Option<string>("--pairs")
        {
            Description = "A folder of pair records, one JSON object per letter: {\"file\", \"authority\", \"ref\", \"date\", \"pairs\": [{\"q\", \"a\"}]}",
            Required = true,
        };
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var command = new Command("eval-pairs", "Measure the parser on hand-checked letters: question/answer pairs, authority, reference and date") { pairs, corpus, json };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var folder = result.GetValue(pairs)!;
            var path = environment.Resolve(folder);
            if (!Directory.Exists(path))
            {
                environment.Error.WriteLine($"{folder}: folder not found.");
                return ExitCodes.BadInput;
            }

            var records = PairRecordFolder.Read(path, folder);
            var roots = context.CorpusRoots(result.GetValue(corpus));
            var load = context.Store.Load(roots, cancellationToken);
            var report = PairReport.Of(Judge(records, load, context));
            environment.Output.Write(result.GetValue(json) ? CliJson.Serialize(report) + Environment.NewLine : PairTable.Render(report));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static List<PairLetterResult> Judge(IReadOnlyList<PairRecord> records, CorpusLoad load, CommandContext context)
    {
        var parsed = load.Letters
            .GroupBy(l => Path.GetFileName(l.File.FullPath), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var skipped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in load.Skipped)
        {
            foreach (var name in LetterFileNames.Of(file.Path))
            {
                skipped.TryAdd(name, file.Reason);
            }
        }

        var missing = records.Where(r => !parsed.ContainsKey(r.File) && !skipped.ContainsKey(r.File)).Select(r => $"{r.File} ({r.RecordPath})").ToList();
        if (missing.Count > 0)
        {
            throw new EvalFileException($"pair records name files not in the corpus: {string.Join(", ", missing)}.");
        }

        // Two corpus files of one name would make a record ambiguous; say so rather than judge either.
        var twice = records
            .Where(r => parsed.TryGetValue(r.File, out var letters) && letters.Select(l => l.File.FullPath).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(r => $"{r.File} ({string.Join(", ", parsed[r.File].Select(l => context.Display(l.File.FullPath)).Distinct(StringComparer.Ordinal))})")
            .ToList();
        if (twice.Count > 0)
        {
            throw new EvalFileException($"pair records name files the corpus holds more than once: {string.Join("; ", twice)}.");
        }

        return records.Select(r => parsed.TryGetValue(r.File, out var letters)
                ? PairCheck.Judge(r, letters.Select(l => l.Disclosure).ToList())
                : PairCheck.Judge(r, Array.Empty<Disclosure>(), skipped[r.File]))
            .ToList();
    }
}
