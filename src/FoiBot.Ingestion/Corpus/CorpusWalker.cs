using System.IO.Enumeration;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Lists the letters and manifests under corpus roots; one walker per scan, so a file under two overlapping roots is listed once.</summary>
internal sealed class CorpusWalker(CorpusOptions options)
{
    private static readonly EnumerationOptions s_oneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
        MatchType = MatchType.Simple,
    };

    // Documentation that sits beside letters; matched on the name up to its first dot, so that
    // README.md and README.en.md are skipped but a letter called sources-of-funding.txt is not.
    private static readonly HashSet<string> s_documentationNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "SOURCES", "LICENSE", "CHANGELOG",
    };

    private static readonly HashSet<string> s_manifestNames = new(StringComparer.OrdinalIgnoreCase) { "SOURCES.md", "sources.csv" };

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<CorpusFile> Letters { get; } = [];

    public List<CorpusFile> Manifests { get; } = [];

    public List<SkippedFile> Skipped { get; } = [];

    public void Walk(string root, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root))
        {
            Skipped.Add(new SkippedFile(root ?? "", File.Exists(root) ? SkipReasons.NotAFolder : SkipReasons.FolderNotFound));
            return;
        }

        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        WalkFrom(fullRoot, fullRoot, "", cancellationToken);
    }

    /// <summary>
    /// Lists what <see cref="Walk"/> would list under one folder of a root only: for a folder moved into the corpus.
    /// Nothing when the path is not a folder that a walk of <paramref name="roots"/> would enter.
    /// </summary>
    public void WalkFolder(IReadOnlyList<string> roots, string folder, CancellationToken cancellationToken)
    {
        if (Look(roots, folder) is { Kind: CorpusPathKind.Folder, Root: { } root } look && look.FullPath != root)
        {
            WalkFrom(root, look.FullPath, string.Join('/', look.FullPath[(root.Length + 1)..].Split(Path.DirectorySeparatorChar)), cancellationToken);
        }
    }

    private void WalkFrom(string fullRoot, string start, string startRelative, CancellationToken cancellationToken)
    {
        var letters = new List<CorpusFile>();
        var manifests = new List<CorpusFile>();
        var pending = new Stack<(string Full, string Relative)>([(start, startRelative)]);
        while (pending.TryPop(out var directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in List(directory.Full))
            {
                if (entry.IsHidden)
                {
                    continue;
                }

                var relative = directory.Relative.Length == 0 ? entry.Name : directory.Relative + "/" + entry.Name;
                if (entry.IsDirectory)
                {
                    // A symlinked folder can loop back on itself or lead out of the corpus.
                    if (!entry.IsLink)
                    {
                        pending.Push((entry.FullPath, relative));
                    }

                    continue;
                }

                var list = s_manifestNames.Contains(entry.Name) ? manifests : IsLetter(entry.Name) ? letters : null;
                if (list is not null && _seen.Add(entry.FullPath) && Describe(entry, relative, fullRoot) is { } found)
                {
                    list.Add(found);
                }
            }
        }

        letters.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        manifests.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        Letters.AddRange(letters);
        Manifests.AddRange(manifests);
    }

    /// <summary>
    /// What one path is to a scan of <paramref name="roots"/>, decided as <see cref="Walk"/> would decide it but without
    /// walking: for a host told by the file system that something changed there. The first root holding the path owns it.
    /// </summary>
    public CorpusPath Look(IReadOnlyList<string> roots, string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        foreach (var root in roots)
        {
            if (string.IsNullOrWhiteSpace(root))
            {
                continue;
            }

            var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            if (string.Equals(full, fullRoot, StringComparison.Ordinal))
            {
                return new CorpusPath(full, CorpusPathKind.Folder, null) { Root = fullRoot };
            }

            if (full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return Look(fullRoot, full);
            }
        }

        return new CorpusPath(full, CorpusPathKind.Ignored, null);
    }

    private CorpusPath Look(string fullRoot, string full)
    {
        // Every folder on the way is one a walk enters: not hidden, not a symlink.
        var names = full[(fullRoot.Length + 1)..].Split(Path.DirectorySeparatorChar);
        var folder = fullRoot;
        foreach (var name in names.SkipLast(1))
        {
            folder = Path.Join(folder, name);
            var info = new DirectoryInfo(folder);
            if (WalkEntry.IsHiddenName(name, info.Exists ? info.Attributes : 0) || (info.Exists && info.LinkTarget is not null))
            {
                return new CorpusPath(full, CorpusPathKind.Ignored, null);
            }
        }

        var fileName = names[^1];
        if (WalkEntry.IsHiddenName(fileName, 0))
        {
            return new CorpusPath(full, CorpusPathKind.Ignored, null);
        }

        if (Directory.Exists(full))
        {
            return new DirectoryInfo(full).LinkTarget is null
                ? new CorpusPath(full, CorpusPathKind.Folder, null) { Root = fullRoot }
                : new CorpusPath(full, CorpusPathKind.Ignored, null);
        }

        try
        {
            var file = new FileInfo(full);
            var target = Target(file);
            if (!file.Exists || !target.Exists)
            {
                // Whatever was here, a letter or a folder of them, has gone.
                return new CorpusPath(full, CorpusPathKind.Missing, null);
            }

            var kind = s_manifestNames.Contains(fileName) ? CorpusPathKind.Manifest : IsLetter(fileName) ? CorpusPathKind.Letter : CorpusPathKind.Ignored;
            if (kind == CorpusPathKind.Ignored || WalkEntry.IsHiddenName(fileName, file.Attributes))
            {
                return new CorpusPath(full, CorpusPathKind.Ignored, null);
            }

            var relative = string.Join('/', names);
            return new CorpusPath(full, kind, new CorpusFile(full, relative, fullRoot, target.Length, new DateTimeOffset(target.LastWriteTimeUtc, TimeSpan.Zero)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone or locked between the event and the look: whatever comes next says what it became.
            return new CorpusPath(full, CorpusPathKind.Missing, null);
        }
    }

    /// <summary>The file a path stands for: itself, or for a symlink its final target (which may not exist).</summary>
    public static FileInfo Target(FileInfo file) =>
        file.Attributes.HasFlag(FileAttributes.ReparsePoint) && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target
            ? target
            : file;

    /// <summary>
    /// One folder's entries with the facts the scan needs, read from the directory listing itself: no FileInfo per
    /// file, which matters at a million letters. Symlinks are described from their target later, in <see cref="Describe"/>.
    /// </summary>
    private List<WalkEntry> List(string directory)
    {
        try
        {
            return [.. new FileSystemEnumerable<WalkEntry>(directory, WalkEntry.From, s_oneLevel)];
        }
        catch (DirectoryNotFoundException)
        {
            // Removed while the scan ran: nothing left in it to index.
            return [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Skipped.Add(new SkippedFile(directory, SkipReasons.Unreadable(exception)));
            return [];
        }
    }

    private CorpusFile? Describe(WalkEntry entry, string relative, string root)
    {
        if (!entry.IsLink)
        {
            return new CorpusFile(entry.FullPath, relative, root, entry.Length, new DateTimeOffset(entry.LastWriteTimeUtc.UtcDateTime, TimeSpan.Zero));
        }

        try
        {
            var target = Target(new FileInfo(entry.FullPath));
            if (!target.Exists)
            {
                Skipped.Add(new SkippedFile(entry.FullPath, SkipReasons.BrokenLink));
                return null;
            }

            return new CorpusFile(entry.FullPath, relative, root, target.Length, new DateTimeOffset(target.LastWriteTimeUtc, TimeSpan.Zero));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Skipped.Add(new SkippedFile(entry.FullPath, SkipReasons.Unreadable(exception)));
            return null;
        }
    }

    private bool IsLetter(string name)
    {
        var stemEnd = name.IndexOf('.', StringComparison.Ordinal);
        if (stemEnd > 0 && s_documentationNames.Contains(name[..stemEnd]))
        {
            return false;
        }

        var extension = Path.GetExtension(name);
        foreach (var wanted in options.Extensions)
        {
            if (string.Equals(extension, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

}
