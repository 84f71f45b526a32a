using System.Collections.Concurrent;
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
    private readonly Func<string, string, LetterHints?, Disclosure> _parse;
    private readonly string? _sourceBase;

    /// <param name="sourceBase">The folder letter paths are written relative to (the user's working folder); null for the process's.</param>
    public CorpusLoader(CorpusOptions options, LetterParser parser, string? sourceBase = null)
        : this(options, parser.Parse, sourceBase)
    {
    }

    /// <summary>For tests: any parse function in place of the letter parser.</summary>
    internal CorpusLoader(CorpusOptions options, Func<string, string, LetterHints?, Disclosure> parse, string? sourceBase)
    {
        options.Validate();
        _scanner = new CorpusScanner(options);
        _parse = parse;
        _sourceBase = sourceBase;
    }

    /// <summary>How many files are read and parsed at once; the machine's processor count unless set.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How far reading may run ahead of the consumer, in files: a streamed load never holds more letters than these files contain.</summary>
    public int MaxBufferedFiles { get; init; } = 256;

    /// <summary>Lists the corpus without reading it: enough to tell whether an index is out of date.</summary>
    public CorpusScan Scan(IReadOnlyList<string> roots, CancellationToken cancellationToken = default) =>
        _scanner.Scan(roots, cancellationToken);

    public CorpusLoad Load(IReadOnlyList<string> roots, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Load(_scanner.Scan(roots, cancellationToken), progress, cancellationToken);

    /// <summary>Every letter at once; for corpora that fit in memory. Large ones go through <see cref="Stream"/>.</summary>
    public CorpusLoad Load(CorpusScan scan, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new CorpusLoadReport();
        var letters = Stream(scan, report, progress, cancellationToken).ToList();
        return new CorpusLoad(letters, report.Skipped, scan.Fingerprint());
    }

    /// <summary>
    /// Yields the letters of <paramref name="scan"/> in scan order as they are parsed, several files at a time, holding
    /// no more than <see cref="MaxBufferedFiles"/> files' letters. A text seen before is yielded once, for the first
    /// file in scan order that holds it. <paramref name="report"/> collects what was skipped and is complete once the
    /// enumeration ends; <paramref name="progress"/> receives the number of files looked at.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; no more letters are read.</exception>
    public IEnumerable<LoadedLetter> Stream(
        CorpusScan scan, CorpusLoadReport report, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBufferedFiles, 1);
        return StreamLetters(scan, report, progress, cancellationToken);
    }

    private IEnumerable<LoadedLetter> StreamLetters(CorpusScan scan, CorpusLoadReport report, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var hints = scan.Manifest
            .GroupBy(e => e.RelativePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Each text's first holder, by file index and part. Only the consumer adds, in scan order; workers only look,
        // to skip parsing a text that an earlier file is already known to hold.
        var seen = new ConcurrentDictionary<ContentKey, (int File, string? Part)>();
        var reader = new LetterReader(_scanner, _parse, SourcePath);
        report.Skip(scan.Skipped);
        var outcomes = OrderedPipeline<FileOutcome>.Run(
            scan.Files.Count,
            MaxDegreeOfParallelism,
            MaxBufferedFiles,
            (i, token) => reader.Read(i, scan.Files[i], hints.GetValueOrDefault(scan.Files[i].RelativePath), scan.AuthorityOf(scan.Files[i]), seen, token),
            report.CountFile,
            cancellationToken);
        foreach (var outcome in outcomes)
        {
            if (outcome.Skipped is { } skipped)
            {
                report.Skip(skipped);
            }

            report.Skip(outcome.SkippedParts);
            foreach (var letter in Accept(outcome, scan, seen, report))
            {
                report.CountLetter();
                yield return letter;
            }

            progress?.Report(report.Files);
        }

        report.Complete();
    }

    /// <summary>
    /// The letters of one file that no earlier file held. An e-mail's covering note ("please find attached") is no
    /// letter; it is dropped quietly when another part of the same e-mail is one, and reported only when none is.
    /// </summary>
    private List<LoadedLetter> Accept(
        FileOutcome outcome, CorpusScan scan, ConcurrentDictionary<ContentKey, (int File, string? Part)> seen, CorpusLoadReport report)
    {
        var letters = new List<LoadedLetter>();
        var notLetters = new List<SkippedFile>();
        var found = false;
        foreach (var text in outcome.Texts)
        {
            var path = text.Text.Part is null ? text.Text.File.FullPath : $"{text.Text.File.FullPath}#{text.Text.Part}";
            if (seen.TryGetValue(text.Key, out var first))
            {
                report.Skip(new SkippedFile(path, $"same text as {SourcePath(scan.Files[first.File], first.Part)}; indexed once"));
                found = true;
            }
            else if (!text.Parsed)
            {
                throw new InvalidOperationException("a text was left unparsed as a duplicate of one that was never accepted");
            }
            else if (text.Letter is { } letter)
            {
                seen[text.Key] = (outcome.Index, text.Text.Part);
                letters.Add(letter);
                found = true;
            }
            else
            {
                notLetters.Add(new SkippedFile(path, text.Reason!));
            }
        }

        if (!found)
        {
            report.Skip(notLetters);
        }

        return letters;
    }

    /// <summary>Why a parsed text is not indexed as a letter, or null when it is one.</summary>
    public static string? NotALetter(Disclosure disclosure) =>
        disclosure.Pairs.Count == 0 && disclosure.References.Count == 0 ? "no FOI request or response found in the text" : null;

    /// <summary>The letter's path as the user would type it: relative to their working folder when it lies inside it.</summary>
    private string SourcePath(CorpusFile file, string? part)
    {
        var relative = Path.GetRelativePath(_sourceBase ?? Environment.CurrentDirectory, file.FullPath);
        var path = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? file.FullPath
            : relative.Replace('\\', '/');
        return part is null ? path : $"{path}#{part}";
    }
}
