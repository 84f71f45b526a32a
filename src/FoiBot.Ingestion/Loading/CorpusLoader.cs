using FoiBot.Core;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Loading;

/// <summary>
/// Reads every letter under the corpus folders and parses it, with the provenance table's facts as hints. A file
/// that cannot be read or is not a letter is skipped with its reason; the rest of the run carries on.
/// </summary>
public sealed class CorpusLoader
{
    private readonly CorpusScanner _scanner;
    private readonly LetterParser _parser;
    private readonly string? _sourceBase;

    /// <param name="sourceBase">The folder letter paths are written relative to (the user's working folder); null for the process's.</param>
    public CorpusLoader(CorpusOptions options, LetterParser parser, string? sourceBase = null)
    {
        options.Validate();
        _scanner = new CorpusScanner(options);
        _parser = parser;
        _sourceBase = sourceBase;
    }

    /// <summary>Lists the corpus without reading it: enough to tell whether an index is out of date.</summary>
    public CorpusScan Scan(IReadOnlyList<string> roots, CancellationToken cancellationToken = default) =>
        _scanner.Scan(roots, cancellationToken);

    public CorpusLoad Load(IReadOnlyList<string> roots, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Load(_scanner.Scan(roots, cancellationToken), progress, cancellationToken);

    public CorpusLoad Load(CorpusScan scan, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var hints = scan.Manifest
            .GroupBy(e => e.RelativePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var letters = new List<LoadedLetter>();
        var skipped = new List<SkippedFile>(scan.Skipped);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var file in scan.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = _scanner.Read(file, cancellationToken);
            if (!read.IsSuccess)
            {
                skipped.Add(read.Skipped);
            }
            else if (seen.TryGetValue(read.Text.ContentHash, out var first))
            {
                skipped.Add(new SkippedFile(file.FullPath, $"same text as {first}; indexed once"));
            }
            else
            {
                var source = SourcePath(file);
                var outcome = Parse(read.Text, source, hints.GetValueOrDefault(file.RelativePath));
                if (outcome.Letter is { } letter)
                {
                    seen[read.Text.ContentHash] = source;
                    letters.Add(letter);
                }
                else
                {
                    skipped.Add(new SkippedFile(file.FullPath, outcome.Reason!));
                }
            }

            progress?.Report(++done);
        }

        return new CorpusLoad(letters, skipped, scan.Fingerprint());
    }

    private (LoadedLetter? Letter, string? Reason) Parse(CorpusText text, string source, SourceManifestEntry? entry)
    {
        var hints = entry is null ? null : new LetterHints { Authority = entry.Authority, Reference = entry.Reference, Date = entry.Date };
        Disclosure disclosure;
        try
        {
            disclosure = _parser.Parse(text.Text, source, hints);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser defect on one letter must not cost the user the rest of the corpus.
            return (null, $"could not be parsed ({ex.GetType().Name}: {ex.Message})");
        }

        if (disclosure.Pairs.Count == 0 && disclosure.References.Count == 0)
        {
            return (null, "no FOI request or response found in the text");
        }

        return (new LoadedLetter(text.File, text.ContentHash, disclosure), null);
    }

    /// <summary>The letter's path as the user would type it: relative to their working folder when it lies inside it.</summary>
    private string SourcePath(CorpusFile file)
    {
        var relative = Path.GetRelativePath(_sourceBase ?? Environment.CurrentDirectory, file.FullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? file.FullPath
            : relative.Replace('\\', '/');
    }
}
