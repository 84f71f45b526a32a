using FoiBot.Core.Authorities;
using FoiBot.Hosting;
using FoiBot.Indexing;
using FoiBot.Ingestion.Corpus;
using FoiBot.Search;
using Microsoft.Extensions.Logging;

namespace FoiBot.Cli;

/// <summary>One command's run: settings, logging and the index store, wired from configuration. The composition root.</summary>
internal sealed class CommandContext : IDisposable
{
    private CommandContext(CliEnvironment environment, CliSettings settings, ILoggerFactory loggers)
    {
        Environment = environment;
        Settings = settings;
        Loggers = loggers;
        Logger = loggers.CreateLogger("FoiBot");
        Store = new IndexStore(settings.Corpus, Catalog, environment.WorkingDirectory, environment.Time, Logger);
    }

    public CliEnvironment Environment { get; }

    public CliSettings Settings { get; }

    public ILoggerFactory Loggers { get; }

    public ILogger Logger { get; }

    public AuthorityCatalog Catalog => AuthorityCatalog.Default;

    public IndexStore Store { get; }

    public static CommandContext Create(CliEnvironment environment)
    {
        var settings = CliSettings.Load(environment);
        var loggers = LoggerFactory.Create(builder => builder.AddFoiBotConsole(settings.Configuration));
        return new CommandContext(environment, settings, loggers);
    }

    public string IndexPath(string? option) => Environment.Resolve(option ?? Settings.FoiBot.IndexPath);

    /// <summary>The corpus folders `foibot index` builds from: those named, else configured, else ./corpus.</summary>
    public IReadOnlyList<string> CorpusRoots(IReadOnlyList<string>? option) =>
        Indexing.CorpusRoots.Normalise((option is { Count: > 0 } ? option : Settings.FoiBot.EffectiveCorpusPaths).Select(Environment.Resolve));

    /// <summary>
    /// The corpus folders a reading command uses: those the index records, from any working folder; for an index that
    /// records none (or none yet), those named, else configured. Naming others is an error that says how to rebuild.
    /// </summary>
    public IReadOnlyList<string> ReadingRoots(string? indexOption, IReadOnlyList<string>? corpusOption) =>
        Indexing.CorpusRoots.ForReading(
            IndexPath(indexOption),
            corpusOption is { Count: > 0 } ? [.. corpusOption.Select(Environment.Resolve)] : null,
            [.. Settings.FoiBot.EffectiveCorpusPaths.Select(Environment.Resolve)]);

    /// <summary>
    /// Opens the index, building or updating it first from its corpus when there is none or the corpus changed; says so
    /// on stderr, and warns there when it answers from the index as it was (a folder missing, the corpus emptied).
    /// </summary>
    public LetterIndex OpenIndex(string? indexOption, IReadOnlyList<string>? corpusOption, CancellationToken cancellationToken)
    {
        var opened = Store.Open(IndexPath(indexOption), ReadingRoots(indexOption, corpusOption), cancellationToken);
        Report(opened);
        return opened.Index;
    }

    /// <summary>Says on stderr what was done to bring an index up to date, and why it answers as it was, if it does.</summary>
    public void Report(OpenedIndex opened)
    {
        if (opened.Built is { } built)
        {
            Environment.Error.WriteLine($"Built the index: {built.Letters} letters from {built.FilesSeen} files in {built.Elapsed.TotalSeconds:F1} s ({built.Skipped.Count} skipped).");
        }

        if (opened.Updated is { } updated)
        {
            Environment.Error.WriteLine(updated.ToString());
        }

        foreach (var warning in opened.Warnings)
        {
            Environment.Error.WriteLine($"Warning: {warning}");
        }

        ReportUnreadTables(opened.UnreadTables);
    }

    /// <summary>Names each provenance table that could not be read, on stderr, whatever else the command did: until it is fixed its letters lack what it says.</summary>
    public void ReportUnreadTables(IReadOnlyList<SkippedFile> tables)
    {
        foreach (var table in tables)
        {
            Environment.Error.WriteLine($"{Display(table.Path)}: {table.Reason}");
        }
    }

    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    public void Dispose() => Loggers.Dispose();
}
