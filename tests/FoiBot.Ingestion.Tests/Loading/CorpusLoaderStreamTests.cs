using System.Globalization;
using System.Text.Json;
using FoiBot.Core;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Loading;

public sealed class CorpusLoaderStreamTests
{
    private static readonly LetterParser s_parser = new();

    [Fact]
    public void Stream_RealCorpus_YieldsWhatOneFileAtATimeYieldsInScanOrder()
    {
        var sequential = new CorpusLoader(new CorpusOptions(), s_parser, RepoPaths.Corpus) { MaxDegreeOfParallelism = 1, MaxBufferedFiles = 1 };
        var parallel = new CorpusLoader(new CorpusOptions(), s_parser, RepoPaths.Corpus) { MaxDegreeOfParallelism = 4, MaxBufferedFiles = 3 };
        var scan = sequential.Scan([RepoPaths.Seeds, RepoPaths.Dev]);

        var expected = sequential.Load(scan);
        var report = new CorpusLoadReport();
        var actual = parallel.Stream(scan, report).ToList();

        Assert.Equal(51, actual.Count);
        Assert.Equal(expected.Letters.Select(Record), actual.Select(Record));
        Assert.Equal(expected.Skipped, report.Skipped);
        var order = actual.Select(l => scan.Files.ToList().FindIndex(f => f.FullPath == l.File.FullPath)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Stream_SameTextUnderSeveralNames_FirstInScanOrderWinsEveryRun()
    {
        using var folder = new TempDirectory();
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < 30; i++)
        {
            // Each seed's text under six names, interleaved with the others', so copies race each other on the workers.
            File.WriteAllText(folder.Combine($"f{i:D2}.txt"), seeds[i % seeds.Count]);
        }

        for (var run = 0; run < 20; run++)
        {
            var loader = new CorpusLoader(new CorpusOptions(), s_parser, folder.Path) { MaxDegreeOfParallelism = 4, MaxBufferedFiles = 8 };
            var load = loader.Load([folder.Path]);

            Assert.Equal(["f00.txt", "f01.txt", "f02.txt", "f03.txt", "f04.txt"], load.Letters.Select(l => l.Disclosure.Source));
            Assert.Equal(25, load.Skipped.Count);
            Assert.All(load.Skipped, s => Assert.Equal($"same text as f0{int.Parse(Path.GetFileNameWithoutExtension(s.Path)[1..], CultureInfo.InvariantCulture) % 5}.txt; indexed once", s.Reason));
        }
    }

    [Fact]
    public void Stream_ParserThrowsOnOneFile_OtherFilesStillLoad()
    {
        using var folder = new TempDirectory();
        var text = File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());
        for (var i = 0; i < 10; i++)
        {
            File.WriteAllText(folder.Combine($"f{i}.txt"), $"{text}\nCopy {i}");
        }

        var loader = new CorpusLoader(new CorpusOptions(), ThrowingOn("f3.txt", s_parser.Parse), folder.Path) { MaxDegreeOfParallelism = 3 };
        var report = new CorpusLoadReport();
        var letters = loader.Stream(loader.Scan([folder.Path]), report).ToList();

        Assert.Equal(9, letters.Count);
        var skipped = Assert.Single(report.Skipped);
        Assert.EndsWith("f3.txt", skipped.Path, StringComparison.Ordinal);
        Assert.StartsWith("could not be parsed (InvalidOperationException", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_Cancelled_StopsWithinTheBufferAndThrows()
    {
        using var folder = WriteSmallLetters(400);
        using var cancel = new CancellationTokenSource();
        var calls = 0;
        var parsing = new ParseWatch((text, source, hints) =>
        {
            if (Interlocked.Increment(ref calls) == 20)
            {
                cancel.Cancel();
            }

            return s_parser.Parse(text, source, hints);
        });

        var loader = new CorpusLoader(new CorpusOptions(), parsing.Parse, folder.Path) { MaxDegreeOfParallelism = 2, MaxBufferedFiles = 16 };
        var scan = loader.Scan([folder.Path]);

        Assert.ThrowsAny<OperationCanceledException>(() => loader.Stream(scan, new CorpusLoadReport(), cancellationToken: cancel.Token).ToList());
        var after = parsing.Started;
        Assert.Equal(0, parsing.InProgress);
        parsing.AssertWorkersEnded();

        Assert.InRange(after, 20, 20 + 16 + 2);
        Assert.Equal(after, parsing.Started);
    }

    [Fact]
    public void Stream_ConsumerStopsEarly_WorkersStopToo()
    {
        using var folder = WriteSmallLetters(300);
        var parsing = new ParseWatch(s_parser.Parse);
        var loader = new CorpusLoader(new CorpusOptions(), parsing.Parse, folder.Path)
        {
            MaxDegreeOfParallelism = 2,
            MaxBufferedFiles = 8,
        };

        var first = loader.Stream(loader.Scan([folder.Path]), new CorpusLoadReport()).Take(5).ToList();
        var after = parsing.Started;
        Assert.Equal(0, parsing.InProgress);
        parsing.AssertWorkersEnded();

        Assert.Equal(5, first.Count);
        Assert.InRange(after, 5, 5 + 8 + 2);
        Assert.Equal(after, parsing.Started);
    }

    [Fact]
    public void Stream_ThousandsOfLetters_BuffersNoMoreThanItsBound()
    {
        using var folder = WriteSmallLetters(2_000);

        // Parsing is not what this measures; a stand-in that only reads the reference keeps the run short.
        var loader = new CorpusLoader(new CorpusOptions(), ReferenceOnly, folder.Path) { MaxDegreeOfParallelism = 4, MaxBufferedFiles = 32 };
        var report = new CorpusLoadReport();

        var count = 0;
        foreach (var letter in loader.Stream(loader.Scan([folder.Path]), report))
        {
            count++;
            Assert.InRange(report.PeakBufferedFiles, 1, 32);
        }

        Assert.Equal(2_000, count);
        Assert.Equal(2_000, report.Letters);
        Assert.Empty(report.Skipped);
        Assert.InRange(report.PeakBufferedFiles, 2, 32);
    }

    private static Disclosure ReferenceOnly(string text, string source, LetterHints? hints) =>
        new() { Source = source, References = [text[15..25]] };

    private static string Record(LoadedLetter letter) => $"{letter.ContentHash} {JsonSerializer.Serialize(letter.Disclosure)}";

    private static Func<string, string, LetterHints?, Disclosure> ThrowingOn(string source, Func<string, string, LetterHints?, Disclosure> parse) =>
        (text, s, hints) => s == source ? throw new InvalidOperationException("parser defect") : parse(text, s, hints);

    private static TempDirectory WriteSmallLetters(int count)
    {
        var folder = new TempDirectory();
        for (var i = 0; i < count; i++)
        {
            Directory.CreateDirectory(folder.Combine($"{i / 1000:D2}"));
            File.WriteAllText(
                folder.Combine($"{i / 1000:D2}", $"letter-{i:D5}.txt"),
                $"Our reference: FOI-{i:D6}\n\nYou asked: How many potholes were repaired in {1990 + (i % 30)}?\n\nResponse: {i} potholes were repaired.\n");
        }

        return folder;
    }
}
