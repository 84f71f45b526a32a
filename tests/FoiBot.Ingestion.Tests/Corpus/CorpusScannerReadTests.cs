using System.Security.Cryptography;
using System.Text;
using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class CorpusScannerReadTests : IDisposable
{
    private const string Letter = "Dear Requester,\r\nWe hold the information.\r\nYours sincerely,\rInformation Team\r\n";
    private const string NormalisedLetter = "Dear Requester,\nWe hold the information.\nYours sincerely,\nInformation Team\n";

    private readonly TempDirectory _folder = new();
    private readonly CorpusScanner _scanner = new(new CorpusOptions());

    public void Dispose() => _folder.Dispose();

    private CorpusReadResult ReadOnly(string relativePath)
    {
        var scan = _scanner.Scan([_folder.Path]);
        return _scanner.Read(Assert.Single(scan.Files, f => f.RelativePath == relativePath));
    }

    [Fact]
    public void Read_FolderWithJunk_ReadsTheGoodFilesAndNamesEachBadOneWithItsReason()
    {
        _folder.Write("good.txt", Letter);
        _folder.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Dear Requester, £5\r\n")]);
        _folder.Write("empty.txt", []);
        _folder.Write("blank.txt", " \r\n\t \n");
        _folder.Write("binary.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        _folder.Write("cp1252.txt", [.. "He said "u8, 0x93, .. "yes"u8, 0x94, .. ".\r\n"u8]);
        var garbage = _folder.Write("garbage.txt", [.. "He said "u8, 0x81, .. "yes"u8, 0x8D, .. ".\r\n"u8]);
        using (var sparse = new FileStream(_folder.Combine("huge.txt"), FileMode.CreateNew))
        {
            sparse.SetLength(1L << 30);
        }

        var scan = _scanner.Scan([_folder.Path]);
        var results = scan.Files.Select(f => _scanner.Read(f)).ToList();

        Assert.Empty(scan.Skipped);
        Assert.Equal(["cp1252.txt", "good.txt", "utf16.txt"], results.Where(r => r.IsSuccess).Select(r => r.Text!.File.RelativePath));
        Assert.Equal("He said \u201Cyes\u201D.\n", results.Single(r => r.Text?.File.RelativePath == "cp1252.txt").Text!.Text);
        var reasons = results.Where(r => !r.IsSuccess).ToDictionary(r => Path.GetFileName(r.Skipped!.Path), r => r.Skipped!.Reason);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["binary.txt"] = "binary file (NUL bytes)",
                ["blank.txt"] = "empty file",
                ["garbage.txt"] = "binary file (neither UTF-8 nor Windows-1252 text)",
                ["empty.txt"] = "empty file",
                ["huge.txt"] = "too large (1.0 GB; limit 16 MB)",
            },
            reasons);
        Assert.Equal(garbage, results.Single(r => r.Skipped?.Reason.Contains("Windows-1252", StringComparison.Ordinal) == true).Skipped!.Path);
    }

    [Fact]
    public void Read_GoodLetter_NormalisesLineEndsAndHashesTheWords()
    {
        _folder.Write("good.txt", Letter);

        var text = ReadOnly("good.txt").Text!;

        Assert.Equal(NormalisedLetter, text.Text);
        var words = "dear requester, we hold the information. yours sincerely, information team";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words))), text.ContentHash);
    }

    [Fact]
    public void Read_SameLetterSavedWithOtherLineEndsAndEncodings_HashesTheSame()
    {
        _folder.Write("a-crlf.txt", Letter);
        _folder.Write("b-lf.txt", NormalisedLetter);
        _folder.Write("c-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Letter)]);
        _folder.Write("d-utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Letter)]);

        var texts = _scanner.Scan([_folder.Path]).Files.Select(f => _scanner.Read(f).Text!).ToList();

        Assert.Equal(4, texts.Count);
        Assert.All(texts, t => Assert.Equal(NormalisedLetter, t.Text));
        Assert.Single(texts.Select(t => t.ContentHash).Distinct());
    }

    [Fact]
    public void Read_ControlCharactersWithoutNul_IsBinary()
    {
        _folder.Write("controls.txt", [.. "ab"u8, 0x01, 0x02, 0x03, 0x1F, .. "cdefgh"u8]);

        Assert.Equal("binary file (control characters)", ReadOnly("controls.txt").Skipped!.Reason);
    }

    [Fact]
    public void Read_InvalidByteAfterUtf8Bom_OffsetCountsTheBom()
    {
        _folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "caf"u8, 0xE9, .. " menu"u8]);

        Assert.Equal("not valid UTF-8 (invalid byte 0xE9 at offset 6)", ReadOnly("bom.txt").Skipped!.Reason);
    }

    [Fact]
    public void Read_Utf16WithUnpairedSurrogate_IsNotValidUtf16()
    {
        _folder.Write("bad16.txt", [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0]);

        Assert.Equal("not valid UTF-16 (unpaired surrogate at offset 4)", ReadOnly("bad16.txt").Skipped!.Reason);
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_NamesBothSizes()
    {
        _folder.Write("big.txt", new string('a', 2048));
        var scanner = new CorpusScanner(new CorpusOptions { MaxFileBytes = 1024 });

        var result = scanner.Read(Assert.Single(scanner.Scan([_folder.Path]).Files));

        Assert.Equal("too large (2.0 KB; limit 1.0 KB)", result.Skipped!.Reason);
    }

    [Fact]
    public void Read_FileDeletedAfterScan_VanishedWhileReading()
    {
        var path = _folder.Write("letter.txt", Letter);
        var file = Assert.Single(_scanner.Scan([_folder.Path]).Files);
        File.Delete(path);

        var result = _scanner.Read(file);

        Assert.False(result.IsSuccess);
        Assert.Equal(new SkippedFile(path, "vanished while reading"), result.Skipped);
    }

    [Fact]
    public void Read_NamedPipe_IsEmptyWithoutBlocking()
    {
        // A FIFO lists as 0 bytes; opening one would wait for a writer forever.
        var path = _folder.Combine("pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        Assert.Equal("empty file", ReadOnly("pipe.txt").Skipped!.Reason);
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        _folder.Write("letter.txt", Letter);
        var file = Assert.Single(_scanner.Scan([_folder.Path]).Files);

        Assert.Throws<OperationCanceledException>(() => _scanner.Read(file, new CancellationToken(canceled: true)));
    }
}
