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

        var fullRoot = Path.GetFullPath(root);
        var letters = new List<CorpusFile>();
        var manifests = new List<CorpusFile>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(fullRoot)]);
        while (pending.TryPop(out var directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in List(directory))
            {
                if (IsHidden(entry))
                {
                    continue;
                }

                if (entry is DirectoryInfo subdirectory)
                {
                    // A symlinked folder can loop back on itself or lead out of the corpus.
                    if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        pending.Push(subdirectory);
                    }
                }
                else if (entry is FileInfo file)
                {
                    var list = s_manifestNames.Contains(file.Name) ? manifests : IsLetter(file.Name) ? letters : null;
                    if (list is not null && _seen.Add(file.FullName) && Describe(file, fullRoot) is { } found)
                    {
                        list.Add(found);
                    }
                }
            }
        }

        letters.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        manifests.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        Letters.AddRange(letters);
        Manifests.AddRange(manifests);
    }

    /// <summary>The file a path stands for: itself, or for a symlink its final target (which may not exist).</summary>
    public static FileInfo Target(FileInfo file) =>
        file.Attributes.HasFlag(FileAttributes.ReparsePoint) && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target
            ? target
            : file;

    private List<FileSystemInfo> List(DirectoryInfo directory)
    {
        try
        {
            return [.. directory.EnumerateFileSystemInfos("*", s_oneLevel)];
        }
        catch (DirectoryNotFoundException)
        {
            // Removed while the scan ran: nothing left in it to index.
            return [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Skipped.Add(new SkippedFile(directory.FullName, SkipReasons.Unreadable(exception)));
            return [];
        }
    }

    private CorpusFile? Describe(FileInfo file, string root)
    {
        try
        {
            var target = Target(file);
            if (!target.Exists)
            {
                Skipped.Add(new SkippedFile(file.FullName, SkipReasons.BrokenLink));
                return null;
            }

            var relative = Path.GetRelativePath(root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            return new CorpusFile(file.FullName, relative, root, target.Length, new DateTimeOffset(target.LastWriteTimeUtc, TimeSpan.Zero));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Skipped.Add(new SkippedFile(file.FullName, SkipReasons.Unreadable(exception)));
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

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
