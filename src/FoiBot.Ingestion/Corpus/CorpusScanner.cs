using System.Security.Cryptography;
using System.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Finds the letters under corpus folders and reads each one safely, saying exactly why a file could not be used.</summary>
public sealed class CorpusScanner
{
    private readonly CorpusOptions _options;

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
        }

        return new CorpusScan(walker.Letters, skipped, manifest) { ManifestFiles = walker.Manifests };
    }

    /// <summary>Reads and validates one file. Never throws for I/O or content problems, which come back as the skip; only for cancellation.</summary>
    public CorpusReadResult Read(CorpusFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // Sized before opening: a huge (or sparse) file is refused without reading a byte, and a FIFO or
            // device, which lists as 0 bytes, is never opened and so cannot block.
            var target = CorpusWalker.Target(new FileInfo(file.FullPath));
            if (!target.Exists)
            {
                return CorpusReadResult.Failure(file, SkipReasons.Vanished);
            }

            if (target.Length > _options.MaxFileBytes)
            {
                return CorpusReadResult.Failure(file, SkipReasons.TooLarge(target.Length, _options.MaxFileBytes));
            }

            if (target.Length == 0)
            {
                return CorpusReadResult.Failure(file, SkipReasons.Empty);
            }

            if (!FileBytesReader.TryRead(file.FullPath, target.Length, _options.MaxFileBytes, cancellationToken, out var bytes, out var length))
            {
                return CorpusReadResult.Failure(file, SkipReasons.TooLarge(length, _options.MaxFileBytes));
            }

            if (!LetterDecoder.TryDecode(bytes, out var text, out var problem))
            {
                return CorpusReadResult.Failure(file, problem);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return CorpusReadResult.Failure(file, SkipReasons.Empty);
            }

            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            return CorpusReadResult.Success(new CorpusText(file, text, HashText(text)));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return CorpusReadResult.Failure(file, SkipReasons.Vanished);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return CorpusReadResult.Failure(file, SkipReasons.Unreadable(exception));
        }
    }

    /// <summary>
    /// A lowercase hex SHA-256 over each file's relative path, length and last-write time, independent of order.
    /// Equal fingerprints mean an index built from these files is still current.
    /// </summary>
    public static string Fingerprint(IEnumerable<CorpusFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);

        // NUL cannot occur in a path, so NUL-terminated fields can never run into each other.
        var records = files
            .Select(f => $"{f.RelativePath}\0{f.Length}\0{f.LastWriteTime.UtcTicks}\0")
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var record in records)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(record));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
