using System.Diagnostics.CodeAnalysis;
using FoiBot.Ingestion.Extraction;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Finds the letters under corpus folders and reads each one safely, saying exactly why a file could not be used.</summary>
public sealed class CorpusScanner
{
    /// <summary>
    /// The build of the code that turns files into records (extractors and parser here, outcome reading in Core).
    /// Builds are deterministic, so the identity changes exactly when that code does, and an index parsed by an
    /// older FoiBot is rebuilt rather than answering from stale records.
    /// </summary>
    private static readonly Lazy<string> s_readerIdentity = new(() =>
        $"{typeof(CorpusScanner).Assembly.ManifestModule.ModuleVersionId:N}\0{typeof(FoiBot.Core.Disclosure).Assembly.ManifestModule.ModuleVersionId:N}\0");

    private readonly CorpusOptions _options;
    private readonly TextExtractors _extractors = TextExtractors.Default;

    /// <exception cref="ArgumentException">An option is out of range; the exception names it.</exception>
    public CorpusScanner(CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>
    /// Lists candidate letters under each root (recursively, not into symlinked folders, hidden entries and documentation
    /// files left out) and parses every SOURCES.md and sources.csv found. A missing root is reported and the others scanned.
    /// </summary>
    public CorpusScan Scan(IReadOnlyList<string> roots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var walker = new CorpusWalker(_options);
        foreach (var root in roots)
        {
            walker.Walk(root, cancellationToken);
        }

        var skipped = new List<SkippedFile>(walker.Skipped);
        var manifest = new List<SourceManifestEntry>();
        var unread = new List<SkippedFile>();
        foreach (var file in walker.Manifests)
        {
            var read = Read(file, cancellationToken);
            if (!read.IsSuccess)
            {
                skipped.Add(read.Skipped);
                continue;
            }

            var parse = SourceManifestReader.Parse(file.FullPath, read.Text.Text, file.Root);
            manifest.AddRange(parse.Entries);
            skipped.AddRange(parse.Problems);
            if (parse.NotRead is { } notRead)
            {
                unread.Add(notRead);
            }
        }

        return new CorpusScan(walker.Letters, skipped, manifest) { ManifestFiles = walker.Manifests, UnreadTables = unread };
    }

    /// <summary>What one path is to a scan of <paramref name="roots"/>, without walking them; never throws for I/O problems.</summary>
    public CorpusPath Look(IReadOnlyList<string> roots, string path)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new CorpusWalker(_options).Look(roots, path);
    }

    /// <summary>
    /// The letters and provenance tables a scan of <paramref name="roots"/> would list under one of their folders (for a
    /// folder moved into the corpus), without walking the rest; nothing when the path is not such a folder. The tables
    /// are listed, not read.
    /// </summary>
    public CorpusScan ScanFolder(IReadOnlyList<string> roots, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var walker = new CorpusWalker(_options);
        walker.WalkFolder(roots, folder, cancellationToken);
        return new CorpusScan(walker.Letters, walker.Skipped, []) { ManifestFiles = walker.Manifests };
    }

    /// <summary>Reads and validates one plain-text file (a manifest). Never throws for I/O or content problems, which come back as the skip; only for cancellation.</summary>
    public CorpusReadResult Read(CorpusFile file, CancellationToken cancellationToken = default)
    {
        if (!TryReadBytes(file, cancellationToken, out var bytes, out var problem))
        {
            return CorpusReadResult.Failure(file, problem);
        }

        if (!LetterDecoder.TryDecode(bytes, out var text, out problem))
        {
            return CorpusReadResult.Failure(file, problem);
        }

        return string.IsNullOrWhiteSpace(text)
            ? CorpusReadResult.Failure(file, SkipReasons.Empty)
            : CorpusReadResult.Success(ToCorpusText(file, null, text));
    }

    /// <summary>
    /// Reads one letter file in whatever format it is (by extension, or by its first bytes where they say otherwise)
    /// into one text per letter it holds. Never throws for I/O or content problems; only for cancellation.
    /// </summary>
    public CorpusExtraction Extract(CorpusFile file, CancellationToken cancellationToken = default)
    {
        if (!TryReadBytes(file, cancellationToken, out var bytes, out var problem))
        {
            return CorpusExtraction.Failure(new SkippedFile(file.FullPath, problem));
        }

        var result = _extractors.Extract(bytes, file.FullPath, _options.Limits, cancellationToken);
        if (!result.IsSuccess)
        {
            return CorpusExtraction.Failure(new SkippedFile(file.FullPath, result.Problem));
        }

        var texts = result.Sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .Select(s => ToCorpusText(file, s.Part, s.Text) with { Address = s.Address })
            .ToList();
        var parts = result.SkippedParts.Select(p => new SkippedFile($"{file.FullPath}#{p.Part}", p.Text)).ToList();
        return texts.Count == 0 && parts.Count == 0
            ? CorpusExtraction.Failure(new SkippedFile(file.FullPath, SkipReasons.Empty))
            : new CorpusExtraction(texts, null, parts);
    }

    private static CorpusText ToCorpusText(CorpusFile file, string? part, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new CorpusText(file, text, ContentHash.Of(text)) { Part = part };
    }

    /// <summary>The file's bytes, or false and the one-line reason they cannot be had.</summary>
    private bool TryReadBytes(
        CorpusFile file, CancellationToken cancellationToken, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        bytes = null;
        try
        {
            // Sized before opening: a huge (or sparse) file is refused without reading a byte, and a FIFO or
            // device, which lists as 0 bytes, is never opened and so cannot block.
            var target = CorpusWalker.Target(new FileInfo(file.FullPath));
            if (!target.Exists)
            {
                problem = SkipReasons.Vanished;
            }
            else if (target.Length > _options.MaxFileBytes)
            {
                problem = SkipReasons.TooLarge(target.Length, _options.MaxFileBytes);
            }
            else if (target.Length == 0)
            {
                problem = SkipReasons.Empty;
            }
            else if (!FileBytesReader.TryRead(file.FullPath, target.Length, _options.MaxFileBytes, cancellationToken, out var read, out var length))
            {
                problem = SkipReasons.TooLarge(length, _options.MaxFileBytes);
            }
            else
            {
                bytes = read.Count == read.Array!.Length ? read.Array : read.ToArray();
                problem = null;
                return true;
            }
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = SkipReasons.Vanished;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = SkipReasons.Unreadable(exception);
        }

        return false;
    }

    /// <summary>
    /// A lowercase hex SHA-256 over each file's relative path, length and last-write time, independent of order, and
    /// over the build of the reading code. Equal fingerprints mean an index built from these files is still current.
    /// </summary>
    public static string Fingerprint(IEnumerable<CorpusFile> files, IReadOnlyDictionary<string, string>? rootAuthorities = null) =>
        StartFingerprint(files, rootAuthorities).Value;

    /// <summary>The fingerprint of <paramref name="files"/> as a running total, to follow files added and removed one at a time.</summary>
    /// <param name="rootAuthorities">The authorities set for roots: every letter under a root depends on its root's, so a change must change the fingerprint.</param>
    internal static CorpusFingerprint StartFingerprint(IEnumerable<CorpusFile> files, IReadOnlyDictionary<string, string>? rootAuthorities = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var identity = rootAuthorities is not { Count: > 0 }
            ? s_readerIdentity.Value
            : s_readerIdentity.Value + string.Concat(rootAuthorities.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\u0001{p.Value}\0"));
        var fingerprint = new CorpusFingerprint(identity);
        foreach (var file in files)
        {
            fingerprint.Add(file);
        }

        return fingerprint;
    }
}
