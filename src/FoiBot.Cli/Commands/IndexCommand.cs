using System.CommandLine;
using FoiBot.Indexing;
using FoiBot.Search;
using Spectre.Console;

namespace FoiBot.Cli.Commands;

/// <summary>`foibot index`: parse every letter under the corpus folders and write the index.</summary>
internal static class IndexCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var force = new Option<bool>("--force") { Description = "Rebuild even when the corpus has not changed since the last build" };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Write the index even when the corpus folders hold no letter (by default an index with letters is never emptied)" };
        var command = new Command("index", "Parse the letters in the corpus folders and build the search index") { corpus, index, force, allowEmpty };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var indexPath = context.IndexPath(result.GetValue(index));
            var roots = context.CorpusRoots(result.GetValue(corpus));
            var empty = result.GetValue(allowEmpty);

            // A folder that cannot be read says nothing about its letters: nothing is written, whatever else was asked.
            if (CorpusRoots.Check(roots) is { Count: > 0 } faults)
            {
                throw new CorpusUnavailableException(faults, $"Nothing was indexed; the index at {context.Display(indexPath)} is left as it was.");
            }

            var scan = result.GetValue(force) ? null : context.Store.Scan(roots, cancellationToken);
            context.ReportUnreadTables(scan?.UnreadTables ?? []);
            if (scan is not null
                && context.Store.CurrentLetterCount(indexPath, scan) is { } current
                && CorpusRoots.Same(LetterIndex.ReadCommit(indexPath)!.BuildInfo.Roots, roots))
            {
                environment.Output.WriteLine($"Index {context.Display(indexPath)} is up to date ({current} letters); the corpus has not changed. Use --force to rebuild.");
                return ExitCodes.Success;
            }

            if (scan is not null && context.Store.TryUpdate(indexPath, scan, roots, empty, cancellationToken: cancellationToken) is { } update)
            {
                if (update.Refused)
                {
                    environment.Error.WriteLine($"{update} Nothing was written.");
                    return ExitCodes.BadInput;
                }

                environment.Output.WriteLine(update.ToString());
                return ExitCodes.Success;
            }

            var summary = environment.IsTerminal
                ? BuildWithProgressBar(context, indexPath, roots, empty, cancellationToken)
                : context.Store.Build(indexPath, roots, cancellationToken: cancellationToken, allowEmpty: empty);
            if (scan is null)
            {
                context.ReportUnreadTables(summary.UnreadTables);
            }

            Report(context, summary, indexPath, empty);
            return summary.Letters > 0 || empty ? ExitCodes.Success : ExitCodes.BadInput;
        }));
        return command;
    }

    private static IndexBuildSummary BuildWithProgressBar(CommandContext context, string indexPath, IReadOnlyList<string> roots, bool allowEmpty, CancellationToken cancellationToken)
    {
        IndexBuildSummary? summary = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(progress =>
            {
                var task = progress.AddTask("Reading letters");
                var reporter = new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                summary = context.Store.Build(indexPath, roots, reporter, cancellationToken, allowEmpty);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void Report(CommandContext context, IndexBuildSummary summary, string indexPath, bool allowEmpty)
    {
        var output = context.Environment.Output;
        if (summary.Letters == 0 && allowEmpty)
        {
            output.WriteLine($"No letters found: {summary.FilesSeen} files looked at; wrote an empty index into {context.Display(indexPath)}, as --allow-empty asked.");
        }
        else if (summary.Letters == 0)
        {
            var kept = LetterIndex.ReadCommit(indexPath) is { } commit ? $"the index at {context.Display(indexPath)} is left as it was ({commit.Letters} letters)" : "no index written";
            context.Environment.Error.WriteLine($"No letters found: {summary.FilesSeen} files looked at; {kept}.");
        }
        else
        {
            output.WriteLine($"Indexed {summary.Letters} letters ({summary.Passages} passages) from {summary.FilesSeen} files in {summary.Elapsed.TotalSeconds:F1} s into {context.Display(indexPath)}.");
            output.WriteLine(FormattableString.Invariant($"Throughput: {summary.LettersPerSecond:F1} letters/s, {summary.MegabytesPerSecond:F2} MB/s."));
        }

        if (summary.Skipped.Count > 0)
        {
            output.WriteLine($"Skipped {summary.Skipped.Count}:");
            foreach (var skipped in summary.Skipped)
            {
                output.WriteLine($"  {context.Display(skipped.Path)}: {skipped.Reason}");
            }
        }
    }
}
