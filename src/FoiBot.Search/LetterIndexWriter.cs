using FoiBot.Search.Analysis;
using FoiBot.Search.Indexing;
using FoiBot.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Store;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search;

/// <summary>Adds, replaces and removes letters in an existing index in place, without rebuilding it.</summary>
/// <remarks>
/// The file lookups read the last commit, so they cost a few term lookups rather than a read of every record.
/// Changes become visible together on <see cref="Commit"/>, then to an open <see cref="LetterIndex"/> on its
/// <see cref="LetterIndex.Refresh"/>. Disposing without committing discards them. One writer (or full build) per
/// folder at a time.
/// </remarks>
public sealed class LetterIndexWriter : IDisposable
{
    private readonly FileStream _lock;
    private readonly MMapDirectory _directory;
    private readonly FoiTextAnalyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly string _indexId;
    private DirectoryReader? _committed;
    private bool _disposed;

    private LetterIndexWriter(FileStream buildLock, MMapDirectory directory, FoiTextAnalyzer analyzer, IndexWriter writer, string indexId, IndexCommitSummary committed)
    {
        BuildInfo = committed.BuildInfo;
        CommittedLetters = committed.Letters;
        _lock = buildLock;
        _directory = directory;
        _analyzer = analyzer;
        _writer = writer;
        _indexId = indexId;
    }

    /// <summary>What the index reflects as last committed: when this writer opened it, or its own last commit.</summary>
    public IndexBuildInfo BuildInfo { get; private set; }

    /// <summary>The letters the index held as last committed: when this writer opened it, or at its own last commit.</summary>
    public int CommittedLetters { get; private set; }

    /// <exception cref="IndexNotFoundException">No index there, or one this version must rebuild.</exception>
    /// <exception cref="IOException">Another build or writer of this index is running.</exception>
    public static LetterIndexWriter Open(string indexDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexDirectory));
        if (!System.IO.Directory.Exists(path))
        {
            throw new IndexNotFoundException($"There is no letter index at {path}. Build the index first.");
        }

        var buildLock = IndexFolder.LockForBuild(path);
        var directory = new MMapDirectory(path);
        var analyzer = new FoiTextAnalyzer();
        try
        {
            var committed = CommitData.ReadSummary(directory, path, out var problem) ?? throw new IndexNotFoundException(problem!);
            var indexId = CommitData.IndexId(directory);
            var writer = new IndexWriter(directory, WriterSettings.Create(analyzer, OpenMode.APPEND));
            return new LetterIndexWriter(buildLock, directory, analyzer, writer, indexId, committed);
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            buildLock.Dispose();
            throw;
        }
    }

    /// <summary>Indexes each letter, replacing whatever the index held under its LetterId; a repeated LetterId is indexed once (the last).</summary>
    public void Upsert(IEnumerable<IndexedLetter> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var letter in letters)
        {
            ArgumentNullException.ThrowIfNull(letter, nameof(letters));
            ArgumentException.ThrowIfNullOrWhiteSpace(letter.LetterId, nameof(letters));
            _writer.UpdateDocuments(new Term(Owner, letter.LetterId), LetterDocuments.Create(letter));
        }
    }

    /// <summary>Removes the letter and its passages; nothing happens when the index does not hold it.</summary>
    public void Remove(string letterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(letterId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.DeleteDocuments(new Term(Owner, letterId));
    }

    /// <summary>Records (or replaces) which letters a corpus file produced.</summary>
    public void UpsertFile(IndexedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.UpdateDocument(new Term(Owner, FileOwner(file.Key)), FileDocuments.Create(file));
    }

    /// <summary>Forgets a corpus file's record; its letters stay until removed with <see cref="Remove"/>.</summary>
    public void RemoveFile(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.DeleteDocuments(new Term(Owner, FileOwner(key)));
    }

    /// <summary>Every corpus file's name, length and time, as last committed: what an update compares with the corpus.</summary>
    internal IReadOnlyList<IndexedFileStamp> FileStamps() => FileDocuments.ReadStamps(Committed());

    /// <summary>The record of a corpus file, as last committed; null when there is none.</summary>
    internal IndexedFile? FindFile(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return FileDocuments.Read(Committed(), new Term(Owner, FileOwner(key))) is [var file, ..] ? file : null;
    }

    /// <summary>The key of the file a letter is indexed from, as last committed; null when no file's record claims it.</summary>
    internal string? FileIndexing(string letterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(letterId);
        return FileDocuments.Read(Committed(), new Term(FileHolds, letterId)) is [var file, ..] ? file.Key : null;
    }

    /// <summary>The records of the files that hold a copy of a letter indexed from another file, as last committed.</summary>
    internal IReadOnlyList<IndexedFile> FilesHoldingCopy(string letterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(letterId);
        return FileDocuments.Read(Committed(), new Term(FileHoldsCopy, letterId));
    }

    /// <summary>Every corpus file's record, as last committed.</summary>
    internal IReadOnlyList<IndexedFile> Files() => FileDocuments.ReadAll(Committed());

    /// <summary>The authority of each letter of <paramref name="letterIds"/> the last commit holds, and where it came from.</summary>
    internal IReadOnlyDictionary<string, (string? Authority, Core.AuthoritySource Source)> AuthoritiesOf(IReadOnlyCollection<string> letterIds) =>
        LetterAuthorityReader.Read(Committed(), letterIds);

    /// <summary>What the index would hold if the changes were committed now, so a caller can refuse a commit that empties it.</summary>
    public IndexBuildResult Pending()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        return new IndexBuildResult(IndexView.CountLive(reader, LetterKind), IndexView.CountLive(reader, PassageKind));
    }

    /// <summary>Makes the changes durable and visible, recording <paramref name="info"/> as what the index now reflects.</summary>
    public IndexBuildResult Commit(IndexBuildInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var result = Pending();
        _writer.SetCommitData(CommitData.Write(info, result, _indexId));
        _writer.Commit();
        BuildInfo = info;
        CommittedLetters = result.Letters;
        _committed?.Dispose();
        _committed = null;
        return result;
    }

    /// <summary>
    /// A reader of the last commit, for the lookups: what this writer changed since is not in it, so a caller
    /// replacing a file's letters still finds what the file held before.
    /// </summary>
    private DirectoryReader Committed()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _committed ??= DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            // Uncommitted changes are dropped rather than written by the close.
            _writer.Rollback();
        }
        finally
        {
            _committed?.Dispose();
            _analyzer.Dispose();
            _directory.Dispose();
            _lock.Dispose();
        }
    }
}
