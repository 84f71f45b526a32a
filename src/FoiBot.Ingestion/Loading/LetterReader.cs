using System.Collections.Concurrent;
using FoiBot.Core;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Parsing;

namespace FoiBot.Ingestion.Loading;

/// <summary>The work done for one file on a loader's worker thread: read it, then parse each text not already known.</summary>
internal sealed class LetterReader(
    CorpusScanner scanner, Func<string, string, LetterHints?, Disclosure> parse, Func<CorpusFile, string?, string> sourcePath)
{
    public FileOutcome Read(
        int index, CorpusFile file, SourceManifestEntry? entry, string? rootAuthority, ConcurrentDictionary<ContentKey, (int File, string? Part)> seen, CancellationToken cancellationToken)
    {
        CorpusExtraction extraction;
        try
        {
            extraction = scanner.Extract(file, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An extractor defect on one file must not cost the user the rest of the corpus.
            return new FileOutcome(index, new SkippedFile(file.FullPath, $"could not be read ({ex.GetType().Name}: {ex.Message})"), [], []);
        }

        if (!extraction.IsSuccess)
        {
            return new FileOutcome(index, extraction.Skipped, [], []);
        }

        var texts = new List<TextOutcome>(extraction.Texts.Count);
        foreach (var text in extraction.Texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = ContentKey.From(text.ContentHash);
            if (seen.ContainsKey(key))
            {
                texts.Add(new TextOutcome(text, key, Parsed: false, null, null));
                continue;
            }

            var (letter, reason) = Parse(text, sourcePath(text.File, text.Part), entry, rootAuthority);
            texts.Add(new TextOutcome(text, key, Parsed: true, letter, reason));
        }

        return new FileOutcome(index, null, extraction.SkippedParts, texts);
    }

    /// <summary>
    /// The table's row describes the file's own letter, so only that text takes its hints; every letter the file holds
    /// (an .eml's attachments too) was published at the row's address.
    /// </summary>
    private (LoadedLetter? Letter, string? Reason) Parse(CorpusText text, string source, SourceManifestEntry? entry, string? rootAuthority)
    {
        // The table's facts are the file's own letter's; the file's place in the corpus is every letter's it holds.
        var row = entry is not null && text.Part is null ? entry : null;
        var hints = new LetterHints
        {
            Authority = row?.Authority,
            CorpusAuthority = rootAuthority,
            Reference = row?.Reference,
            Date = row?.Date?.First,
            DatePrecision = row?.Date?.Precision ?? DatePrecision.Day,
            FilePath = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(text.File.Root))}/{text.File.RelativePath}",
        };
        Disclosure disclosure;
        try
        {
            disclosure = parse(text.Text, source, hints);
            if ((entry?.SourceAddress ?? text.Address) is { } address)
            {
                disclosure = disclosure with { SourceAddress = address };
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser defect on one letter must not cost the user the rest of the corpus.
            return (null, $"could not be parsed ({ex.GetType().Name}: {ex.Message})");
        }

        return CorpusLoader.NotALetter(disclosure) is { } reason ? (null, reason) : (new LoadedLetter(text.File, text.ContentHash, disclosure), null);
    }
}
