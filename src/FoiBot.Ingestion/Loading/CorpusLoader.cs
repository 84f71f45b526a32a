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
            var extraction = _scanner.Extract(file, cancellationToken);
            if (!extraction.IsSuccess)
            {
                skipped.Add(extraction.Skipped);
            }
            else
            {
                skipped.AddRange(extraction.SkippedParts);
                LoadTexts(extraction.Texts, hints.GetValueOrDefault(file.RelativePath), seen, letters, skipped);
            }

            progress?.Report(++done);
        }

        return new CorpusLoad(letters, skipped, scan.Fingerprint());
    }

    /// <summary>
    /// Parses each text of one file. An e-mail's covering note ("please find attached") is no letter; it is dropped
    /// quietly when another part of the same e-mail is one, and reported only when none is.
    /// </summary>
    private void LoadTexts(
        IReadOnlyList<CorpusText> texts, SourceManifestEntry? entry, Dictionary<string, string> seen, List<LoadedLetter> letters, List<SkippedFile> skipped)
    {
        var notLetters = new List<SkippedFile>();
        var found = false;
        foreach (var text in texts)
        {
            var path = text.Part is null ? text.File.FullPath : $"{text.File.FullPath}#{text.Part}";
            if (seen.TryGetValue(text.ContentHash, out var first))
            {
                skipped.Add(new SkippedFile(path, $"same text as {first}; indexed once"));
                found = true;
                continue;
            }

            var source = text.Part is null ? SourcePath(text.File) : $"{SourcePath(text.File)}#{text.Part}";
            var outcome = Parse(text, source, text.Part is null ? entry : null);
            if (outcome.Letter is { } letter)
            {
                seen[text.ContentHash] = source;
                letters.Add(letter);
                found = true;
            }
            else
            {
                notLetters.Add(new SkippedFile(path, outcome.Reason!));
            }
        }

        if (!found)
        {
            skipped.AddRange(notLetters);
        }
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

        if (NotALetter(disclosure) is { } reason)
        {
            return (null, reason);
        }

        return (new LoadedLetter(text.File, text.ContentHash, disclosure), null);
    }

    /// <summary>Why a parsed text is not indexed as a letter, or null when it is one.</summary>
    public static string? NotALetter(Disclosure disclosure) =>
        disclosure.Pairs.Count == 0 && disclosure.References.Count == 0 ? "no FOI request or response found in the text" : null;

    /// <summary>The letter's path as the user would type it: relative to their working folder when it lies inside it.</summary>
    private string SourcePath(CorpusFile file)
    {
        var relative = Path.GetRelativePath(_sourceBase ?? Environment.CurrentDirectory, file.FullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? file.FullPath
            : relative.Replace('\\', '/');
    }
}
