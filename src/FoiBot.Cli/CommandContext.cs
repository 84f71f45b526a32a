using FoiBot.Indexing;
using FoiBot.Core.Authorities;
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
        var loggers = LoggerFactory.Create(builder => builder
            .AddConfiguration(settings.Configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        return new CommandContext(environment, settings, loggers);
    }

    public string IndexPath(string? option) => Environment.Resolve(option ?? Settings.FoiBot.IndexPath);

    public IReadOnlyList<string> CorpusRoots(IReadOnlyList<string>? option) =>
        (option is { Count: > 0 } ? option : Settings.FoiBot.EffectiveCorpusPaths).Select(Environment.Resolve).ToList();

    /// <summary>Refreshes a host's open index every second, so letters `foibot index` adds in place are answered without a restart.</summary>
    public IndexRefresher KeepFresh(LetterIndex index, string? indexOption) =>
        IndexRefresher.Start(index, IndexPath(indexOption), IndexRefresher.DefaultInterval, TimeProvider.System, Loggers.CreateLogger("FoiBot.Index"));

    /// <summary>Has a host follow its corpus folders, indexing letters as they are added, changed or removed; null when FoiBot:WatchCorpus is off.</summary>
    public CorpusWatcher? WatchCorpus(LetterIndex index, string? indexOption, IReadOnlyList<string>? corpusOption) =>
        Settings.FoiBot.WatchCorpus
            ? CorpusWatcher.Start(Store, index, IndexPath(indexOption), CorpusRoots(corpusOption), CorpusWatcher.DefaultQuiet, TimeProvider.System, Loggers.CreateLogger("FoiBot.Index"))
            : null;

    /// <summary>Opens the index, building or updating it first from the corpus when there is none or the corpus changed; says so on stderr.</summary>
    public LetterIndex OpenIndex(string? indexOption, IReadOnlyList<string>? corpusOption, CancellationToken cancellationToken)
    {
        var (index, built, updated) = Store.Open(IndexPath(indexOption), CorpusRoots(corpusOption), cancellationToken);
        if (built is not null)
        {
            Environment.Error.WriteLine($"Built the index: {built.Letters} letters from {built.FilesSeen} files in {built.Elapsed.TotalSeconds:F1} s ({built.Skipped.Count} skipped).");
        }

        if (updated is not null)
        {
            Environment.Error.WriteLine(updated.ToString());
        }

        return index;
    }

    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    public void Dispose() => Loggers.Dispose();
}
