using FoiBot.Ingestion.Tests.Formats;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

/// <summary>`foibot index` over good letters in every format mixed with every kind of hostile file.</summary>
public sealed class HostileCorpusTests
{
    private static string Letter(string path) => File.ReadAllText(Path.Combine(RepoPaths.Corpus, path));

    [Fact]
    public async Task Index_GoodLettersInEveryFormatAmongHostileFiles_IndexesExactlyTheGoodLettersAndNamesEachBadFileOnce()
    {
        using var workspace = new Workspace(devLetters: false);
        var formats = workspace.Combine("corpus", "formats");
        Directory.CreateDirectory(formats);
        var pdf = PdfFixture.Write(Letter("dev/wokingham-14259.txt"));
        File.WriteAllText(Path.Combine(formats, "devon.html"), FixtureWriter.Html(Letter("dev/devon-p13435.txt")));
        File.WriteAllBytes(Path.Combine(formats, "wokingham.pdf"), pdf);
        File.WriteAllBytes(Path.Combine(formats, "moray.docx"), DocxFixture.Write(Letter("dev/moray-101000148084.txt")));
        File.WriteAllBytes(Path.Combine(formats, "reply.eml"), FixtureWriter.Eml("Please find our response attached.", ("tfl.pdf", PdfFixture.Write(Letter("dev/tfl-FOI-1829-2122.txt")))));
        File.WriteAllBytes(Path.Combine(formats, "empty.docx"), []);
        File.WriteAllBytes(Path.Combine(formats, "truncated.pdf"), HostileFiles.TruncatedPdf(pdf));
        File.WriteAllBytes(Path.Combine(formats, "encrypted.pdf"), HostileFiles.EncryptedPdf(pdf));
        File.WriteAllBytes(Path.Combine(formats, "bomb.docx"), HostileFiles.DocxZipBomb(65 * 1024 * 1024));
        File.WriteAllText(Path.Combine(formats, "deep.html"), HostileFiles.NestedHtml(100_000));
        File.WriteAllBytes(Path.Combine(formats, "noise.txt"), HostileFiles.InvalidUtf8(seed: 5));
        using (var huge = File.Create(Path.Combine(formats, "huge.pdf")))
        {
            huge.SetLength(1L << 30);
        }

        var run = await CliRun.InAsync(workspace.Root, "index");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Indexed 9 letters", run.Output, StringComparison.Ordinal);
        Assert.Contains("Skipped 7:", run.Output, StringComparison.Ordinal);
        string[] reasons =
        [
            "corpus/formats/empty.docx: empty file",
            "corpus/formats/truncated.pdf: damaged PDF",
            "corpus/formats/encrypted.pdf: encrypted PDF (needs a password)",
            "corpus/formats/bomb.docx: unpacks to more than the limit",
            "corpus/formats/deep.html: HTML nested deeper than 512 levels",
            "corpus/formats/noise.txt: binary file (neither UTF-8 nor Windows-1252 text)",
            "corpus/formats/huge.pdf: too large (1.0 GB; limit 16 MB)",
        ];
        Assert.All(reasons, r => Assert.Single(run.OutputLines, l => l.Trim().StartsWith(r, StringComparison.Ordinal)));

        using var index = LetterIndex.Open(workspace.Combine(".foibot", "index"));
        Assert.Equal(9, index.LetterCount);
        Assert.All(
            ["corpus/formats/devon.html", "corpus/formats/wokingham.pdf", "corpus/formats/moray.docx", "corpus/formats/reply.eml#attachment-1:tfl.pdf"],
            source => Assert.Equal(source, index.FindLetter(source)?.Source));
    }
}
