using System.Text;
using FoiBot.Ingestion.Corpus;
using FoiBot.Ingestion.Loading;
using FoiBot.Ingestion.Parsing;
using FoiBot.Ingestion.Tests.Formats;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Loading;

public sealed class CorpusLoaderFormatsTests
{
    private static string Letter(string path) => File.ReadAllText(Path.Combine(RepoPaths.Corpus, path));

    [Fact]
    public void Load_SameLetterAsHtmlAndPdf_IndexesItOnceAndNamesTheOtherFile()
    {
        using var folder = new TempDirectory();
        var letter = Letter("seeds/000_6e30a4500a135622.txt");
        File.WriteAllText(folder.Combine("a-page.html"), FixtureWriter.Html(letter));
        File.WriteAllBytes(folder.Combine("b-letter.pdf"), PdfFixture.Write(letter));

        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), folder.Path).Load([folder.Path]);

        Assert.Equal("a-page.html", Assert.Single(load.Letters).Disclosure.Source);
        var skipped = Assert.Single(load.Skipped);
        Assert.EndsWith("b-letter.pdf", skipped.Path, StringComparison.Ordinal);
        Assert.Equal("same text as a-page.html; indexed once", skipped.Reason);
    }

    [Fact]
    public void Load_EmailWithCoveringNoteAndAttachedLetters_IndexesEachAttachmentAsItsOwnSource()
    {
        using var folder = new TempDirectory();
        var seed = Letter("seeds/000_6e30a4500a135622.txt");
        var dev = Letter("dev/wokingham-14259.txt");
        File.WriteAllBytes(
            folder.Combine("reply.eml"),
            FixtureWriter.Eml("Dear requester,\n\nPlease find our responses attached.\n\nKind regards", ("barnet.pdf", PdfFixture.Write(seed)), ("wokingham.docx", DocxFixture.Write(dev))));

        var load = new CorpusLoader(new CorpusOptions(), new LetterParser(), folder.Path).Load([folder.Path]);

        Assert.Equal(
            ["reply.eml#attachment-1:barnet.pdf", "reply.eml#attachment-2:wokingham.docx"],
            load.Letters.Select(l => l.Disclosure.Source));
        Assert.Empty(load.Skipped);
    }

    /// <summary>
    /// The hostile-file suite: every kind of bad file beside good letters in every format. Each bad file is reported
    /// exactly once with its reason, and exactly the good letters are loaded.
    /// </summary>
    [Fact]
    public void Load_GoodLettersAmongHostileFiles_LoadsExactlyTheGoodOnesAndReportsEachBadOneOnce()
    {
        using var folder = new TempDirectory();
        var seed = Letter("seeds/000_6e30a4500a135622.txt");
        var pdf = PdfFixture.Write(seed);
        File.WriteAllText(folder.Combine("good-1.txt"), Letter("seeds/001_42bccdd3c054de74.txt"));
        File.WriteAllText(folder.Combine("good-2.html"), FixtureWriter.Html(Letter("seeds/002_de59437fc4843f5f.txt")));
        File.WriteAllBytes(folder.Combine("good-3.pdf"), pdf);
        File.WriteAllBytes(folder.Combine("good-4.docx"), DocxFixture.Write(Letter("dev/wokingham-14259.txt")));
        File.WriteAllBytes(folder.Combine("good-5.eml"), FixtureWriter.Eml(Letter("dev/tfl-FOI-1829-2122.txt")));
        File.WriteAllBytes(folder.Combine("good-6.txt"), Encoding.Latin1.GetBytes(Letter("seeds/003_64faa8586bfae3e2.txt").Replace('\u2019', '\'')));
        File.WriteAllBytes(folder.Combine("empty.pdf"), []);
        File.WriteAllBytes(folder.Combine("binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]);
        File.WriteAllBytes(folder.Combine("truncated.pdf"), HostileFiles.TruncatedPdf(pdf));
        File.WriteAllBytes(folder.Combine("encrypted.pdf"), HostileFiles.EncryptedPdf(pdf));
        File.WriteAllBytes(folder.Combine("bomb.docx"), HostileFiles.DocxZipBomb(new CorpusOptions().MaxUncompressedBytes + 1));
        File.WriteAllText(folder.Combine("deep.html"), HostileFiles.NestedHtml(100_000));
        File.WriteAllBytes(folder.Combine("noise.txt"), HostileFiles.InvalidUtf8(seed: 3));
        File.WriteAllText(folder.Combine("vanishing.txt"), seed);
        using (var huge = File.Create(folder.Combine("huge.txt")))
        {
            huge.SetLength(1L << 30);
        }

        var loader = new CorpusLoader(new CorpusOptions(), new LetterParser(), folder.Path);
        var scan = loader.Scan([folder.Path]);
        File.Delete(folder.Combine("vanishing.txt"));
        var load = loader.Load(scan);

        Assert.Equal(["good-1.txt", "good-2.html", "good-3.pdf", "good-4.docx", "good-5.eml", "good-6.txt"], load.Letters.Select(l => l.Disclosure.Source));
        var reasons = load.Skipped.ToDictionary(s => Path.GetFileName(s.Path), s => s.Reason);
        Assert.Equal(9, load.Skipped.Count);
        Assert.Equal("empty file", reasons["empty.pdf"]);
        Assert.Equal("binary file (NUL bytes)", reasons["binary.txt"]);
        Assert.StartsWith("damaged PDF", reasons["truncated.pdf"], StringComparison.Ordinal);
        Assert.Equal("encrypted PDF (needs a password)", reasons["encrypted.pdf"]);
        Assert.StartsWith("unpacks to more than the limit", reasons["bomb.docx"], StringComparison.Ordinal);
        Assert.Equal("HTML nested deeper than 512 levels", reasons["deep.html"]);
        Assert.Equal("binary file (neither UTF-8 nor Windows-1252 text)", reasons["noise.txt"]);
        Assert.Equal("vanished while reading", reasons["vanishing.txt"]);
        Assert.Equal("too large (1.0 GB; limit 16 MB)", reasons["huge.txt"]);
    }
}
