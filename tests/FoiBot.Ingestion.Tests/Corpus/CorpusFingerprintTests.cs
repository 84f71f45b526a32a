using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class CorpusFingerprintTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly CorpusScanner _scanner = new(new CorpusOptions());

    public CorpusFingerprintTests()
    {
        _folder.Write("a.txt", "Dear Requester");
        _folder.Write("sub/b.txt", "Dear Requester");
    }

    public void Dispose() => _folder.Dispose();

    private string Fingerprint() => CorpusScanner.Fingerprint(_scanner.Scan([_folder.Path]).Files);

    [Fact]
    public void Fingerprint_NothingChanged_IsTheSameLowercaseHex()
    {
        var first = Fingerprint();

        Assert.Equal(first, Fingerprint());
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Fingerprint_FilesInAnotherOrder_IsTheSame()
    {
        var files = _scanner.Scan([_folder.Path]).Files;

        Assert.Equal(CorpusScanner.Fingerprint(files), CorpusScanner.Fingerprint(files.Reverse()));
    }

    [Fact]
    public void Fingerprint_FileTouched_Changes()
    {
        var before = Fingerprint();
        File.SetLastWriteTimeUtc(_folder.Combine("a.txt"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.NotEqual(before, Fingerprint());
    }

    [Fact]
    public void Fingerprint_FileAdded_Changes()
    {
        var before = Fingerprint();
        _folder.Write("c.txt", "Dear Requester");

        Assert.NotEqual(before, Fingerprint());
    }

    [Fact]
    public void Fingerprint_FileRemoved_Changes()
    {
        var before = Fingerprint();
        File.Delete(_folder.Combine("sub", "b.txt"));

        Assert.NotEqual(before, Fingerprint());
    }

    [Fact]
    public void Fingerprint_FileRenamed_Changes()
    {
        var before = Fingerprint();
        var info = new FileInfo(_folder.Combine("a.txt"));
        var written = info.LastWriteTimeUtc;
        info.MoveTo(_folder.Combine("z.txt"));
        File.SetLastWriteTimeUtc(_folder.Combine("z.txt"), written);

        Assert.NotEqual(before, Fingerprint());
    }

    [Fact]
    public void ScanFingerprint_ManifestEdited_Changes()
    {
        var manifest = _folder.Write("SOURCES.md", CorpusFolder.ManifestHeader + "| a.txt | A | 1 | |\n");
        var before = _scanner.Scan([_folder.Path]).Fingerprint();
        File.AppendAllText(manifest, "| sub/b.txt | B | 2 | |\n");

        var after = _scanner.Scan([_folder.Path]);

        Assert.NotEqual(before, after.Fingerprint());
        Assert.Equal(2, after.Manifest.Count);
    }

    [Fact]
    public void RunningFingerprint_FilesAddedAndRemovedOneAtATime_MatchesTheFingerprintOfTheResult()
    {
        var files = _scanner.Scan([_folder.Path]).Files;
        var added = new CorpusFile(_folder.Combine("new.txt"), "new.txt", _folder.Path, 10, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        var running = CorpusScanner.StartFingerprint(files);
        Assert.Equal(CorpusScanner.Fingerprint(files), running.Value);

        var before = running.Clone();
        running.Add(added);
        running.Remove(files[0]);

        Assert.Equal(CorpusScanner.Fingerprint([.. files.Skip(1), added]), running.Value);
        Assert.NotEqual(before.Value, running.Value);

        running.Remove(added);
        running.Add(files[0]);
        Assert.Equal(before.Value, running.Value);
    }

    [Fact]
    public void RunningFingerprint_SameFileTwice_IsNotTheSameAsOnce()
    {
        var file = _scanner.Scan([_folder.Path]).Files[0];
        var once = CorpusScanner.StartFingerprint([file]);
        var twice = CorpusScanner.StartFingerprint([file, file]);

        Assert.NotEqual(once.Value, twice.Value);
        Assert.NotEqual(CorpusScanner.StartFingerprint([]).Value, once.Value);
    }

    [Fact]
    public void ScanFingerprint_WorkedOutOnce_ACopyWithOtherFilesWorksItsOwnOut()
    {
        var scan = _scanner.Scan([_folder.Path]);
        var whole = scan.Fingerprint();
        var running = scan.StartFingerprint();
        running.Remove(scan.Files[0]);

        var fewer = scan with { Files = [.. scan.Files.Skip(1)] };

        Assert.Equal(whole, scan.Fingerprint());
        Assert.Equal(CorpusScanner.Fingerprint(fewer.Files), fewer.Fingerprint());
        Assert.Equal(fewer.Fingerprint(), running.Value);
        Assert.NotEqual(whole, fewer.Fingerprint());
    }
}
