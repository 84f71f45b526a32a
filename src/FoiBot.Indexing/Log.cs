using Microsoft.Extensions.Logging;

namespace FoiBot.Indexing;

/// <summary>Index lifecycle events (EventIds 300-399).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Index {IndexPath} built: {Letters} letters, {Passages} passages, {Skipped} files skipped, {ElapsedMs:F0} ms")]
    public static partial void IndexBuilt(ILogger logger, string indexPath, int letters, int passages, int skipped, double elapsedMs);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "The corpus changed since index {IndexPath} was built; rebuilding it")]
    public static partial void CorpusChanged(ILogger logger, string indexPath);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Index {IndexPath} cannot be used ({Reason}); rebuilding it")]
    public static partial void IndexUnusable(ILogger logger, string indexPath, string reason);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "Index {IndexPath} updated in place: {Added} files added, {Changed} changed, {Removed} removed, {ElapsedMs:F0} ms")]
    public static partial void IndexUpdated(ILogger logger, string indexPath, int added, int changed, int removed, double elapsedMs);

    [LoggerMessage(EventId = 307, Level = LogLevel.Information, Message = "Index {IndexPath} refreshed: {Letters} letters")]
    public static partial void IndexRefreshed(ILogger logger, string indexPath, int letters);

    [LoggerMessage(EventId = 308, Level = LogLevel.Warning, Message = "Index {IndexPath} was rebuilt while this host ran; restart it to answer from the rebuilt index")]
    public static partial void IndexRebuiltUnderHost(ILogger logger, string indexPath);

    [LoggerMessage(EventId = 309, Level = LogLevel.Warning, Message = "Index {IndexPath} could not be refreshed ({Problem}); trying again")]
    public static partial void IndexRefreshFailed(ILogger logger, string indexPath, string problem);

    [LoggerMessage(EventId = 310, Level = LogLevel.Information, Message = "Watching {Roots} corpus folders for letters added, changed or removed")]
    public static partial void CorpusWatched(ILogger logger, int roots);

    [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "Index {IndexPath} follows the corpus: {Added} files added, {Changed} changed, {Removed} removed, {Letters} letters, {ElapsedMs:F0} ms")]
    public static partial void CorpusFollowed(ILogger logger, string indexPath, int added, int changed, int removed, int letters, double elapsedMs);

    [LoggerMessage(EventId = 312, Level = LogLevel.Warning, Message = "Corpus folder {Root} cannot be watched ({Problem}); letters added there are indexed by `foibot index`")]
    public static partial void CorpusWatchUnavailable(ILogger logger, string root, string problem);

    [LoggerMessage(EventId = 313, Level = LogLevel.Warning, Message = "Provenance table {Path} changed; every letter depends on it, so run `foibot index` and restart this host to apply it")]
    public static partial void ProvenanceChangedUnderHost(ILogger logger, string path);

    [LoggerMessage(EventId = 314, Level = LogLevel.Warning, Message = "Corpus changes could not be indexed yet ({Problem}); trying again")]
    public static partial void CorpusFollowFailed(ILogger logger, string problem);

    [LoggerMessage(EventId = 315, Level = LogLevel.Information, Message = "Corpus watch lost track of single changes ({Reason}); comparing every file with the index")]
    public static partial void CorpusWatchResync(ILogger logger, string reason);

    [LoggerMessage(EventId = 316, Level = LogLevel.Error, Message = "Stopped following the corpus; letters added from now on are indexed by `foibot index`")]
    public static partial void CorpusFollowStopped(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 317, Level = LogLevel.Warning, Message = "Corpus folder {Root} {Problem}; nothing is removed on its account, and the index is answered from as it is")]
    public static partial void CorpusUnavailable(ILogger logger, string root, string problem);

    [LoggerMessage(EventId = 318, Level = LogLevel.Warning, Message = "Index {IndexPath} not updated: the corpus now holds no letter, and the index keeps its {Letters} letters")]
    public static partial void EmptyUpdateRefused(ILogger logger, string indexPath, int letters);

    [LoggerMessage(EventId = 319, Level = LogLevel.Information, Message = "Corpus folder {Root} is back; comparing it with the index")]
    public static partial void CorpusRootBack(ILogger logger, string root);

    [LoggerMessage(EventId = 320, Level = LogLevel.Warning, Message = "Index {IndexPath} was committed by another process with the corpus folders {Roots}; following those from now on")]
    public static partial void IndexRootsAdopted(ILogger logger, string indexPath, string roots);

    [LoggerMessage(EventId = 321, Level = LogLevel.Information, Message = "Index {IndexPath} was committed by another process; comparing the corpus with it")]
    public static partial void IndexAdopted(ILogger logger, string indexPath);
}
