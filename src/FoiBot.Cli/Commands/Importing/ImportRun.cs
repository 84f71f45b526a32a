using System.CommandLine;
using FoiBot.Cli.Output;
using FoiBot.Hosting;
using FoiBot.Import;
using FoiBot.Import.Folder;
using FoiBot.Import.Web;

namespace FoiBot.Cli.Commands.Importing;

/// <summary>What both importers share: the options, the folder, where pages come from, and how the outcome is told.</summary>
internal static class ImportRun
{
    private static readonly OptionsSection<ImportOptions> s_section = new(ImportOptions.SectionName, o => o.Validate());

    public static Option<string?> To() => new("--to") { Description = "The corpus folder to save into (default: a folder for the source under the first corpus folder)" };

    public static Option<string?> FromDir() => new("--from-dir") { Description = "Read pages saved earlier (wget --mirror layout) from this folder instead of the web" };

    public static ImportOptions Options(CommandContext context) => s_section.Read(context.Settings.Configuration);

    /// <summary>The folder named, else <paramref name="under"/> in the first corpus folder.</summary>
    public static ImportFolder Folder(CommandContext context, string? to, string under)
    {
        var path = to is null ? Path.Combine(context.CorpusRoots(null)[0], under) : context.Environment.Resolve(to);

        // A corpus folder that is missing (an unmounted drive, a share that is down) is never recreated by an import:
        // a nearly empty folder in its place would be indexed as the corpus and its letters dropped from the index. So
        // the default import folder is created only inside a corpus folder that exists, and one named by --to only inside
        // a folder that exists.
        var parent = to is null ? context.CorpusRoots(null)[0] : Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new UsageException($"{parent} does not exist; create it first if that is where letters belong (an import never creates a missing corpus folder)");
        }

        var folder = ImportFolder.Open(path, out var problem);
        return problem is null ? folder : throw new UsageException(problem);
    }

    public static IPageSource Source(CommandContext context, ImportOptions options, string? fromDir)
    {
        if (fromDir is null)
        {
            return new PoliteHttpSource(options, context.Environment.Time);
        }

        var folder = context.Environment.Resolve(fromDir);
        return Directory.Exists(folder) ? new SavedPageSource(folder, options.MaxDownloadBytes) : throw new UsageException($"--from-dir: no folder {fromDir}");
    }

    public static ProgressLine? Progress(CliEnvironment environment) => environment.IsTerminal ? new ProgressLine(environment.Error) : null;

    /// <summary>The summary on output, each problem on error; exit 2 when anything could not be imported.</summary>
    public static int Report(CommandContext context, ImportReport report, ImportFolder folder, ProgressLine? progress)
    {
        progress?.Finish();
        var output = context.Environment.Output;
        output.WriteLine($"Imported {report.Imported} letter(s), {report.Files} new file(s), into {context.Display(folder.Path)}; {report.AlreadyImported} already imported{(report.Filtered > 0 ? $", {report.Filtered} request(s) left out by --status/--since or with no response" : "")}.");
        foreach (var problem in report.Problems)
        {
            context.Environment.Error.WriteLine($"Not imported: {problem}");
        }

        if (report.Files > 0)
        {
            output.WriteLine("Run `foibot index` to index them with their provenance rows (a running `foibot serve` picks the letters up by itself; the rows apply at the next `foibot index`).");
        }

        return report.Problems.Count > 0 ? ExitCodes.SystemFailure : ExitCodes.Success;
    }
}
