using System.CommandLine;
using FoiBot.Indexing;
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
        var command = new Command("index", "Parse the letters in the corpus folders and build the search index") { corpus, index, force };
        command.SetAction((result, cancellationToken) => CliApp.Guard(environment, context =>
        {
            var indexPath = context.IndexPath(result.GetValue(index));
            var roots = context.CorpusRoots(result.GetValue(corpus));
            var scan = result.GetValue(force) ? null : context.Store.Scan(roots, cancellationToken);
            if (scan is not null && context.Store.CurrentLetterCount(indexPath, scan) is { } current)
            {
                environment.Output.WriteLine($"Index {context.Display(indexPath)} is up to date ({current} letters); the corpus has not changed. Use --force to rebuild.");
                return ExitCodes.Success;
            }

            if (scan is not null && context.Store.TryUpdate(indexPath, scan, cancellationToken) is { Letters: > 0 } update)
            {
                environment.Output.WriteLine(update.ToString());
                return ExitCodes.Success;
            }

            var summary = environment.IsTerminal
                ? BuildWithProgressBar(context, indexPath, roots, cancellationToken)
                : context.Store.Build(indexPath, roots, cancellationToken: cancellationToken);
            Report(context, summary, indexPath);
            return summary.Letters > 0 ? ExitCodes.Success : ExitCodes.BadInput;
        }));
        return command;
    }

    private static IndexBuildSummary BuildWithProgressBar(CommandContext context, string indexPath, IReadOnlyList<string> roots, CancellationToken cancellationToken)
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
                summary = context.Store.Build(indexPath, roots, reporter, cancellationToken);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void Report(CommandContext context, IndexBuildSummary summary, string indexPath)
    {
        var output = context.Environment.Output;
        if (summary.Letters == 0)
        {
            context.Environment.Error.WriteLine($"No letters found: {summary.FilesSeen} files looked at; no index written.");
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
