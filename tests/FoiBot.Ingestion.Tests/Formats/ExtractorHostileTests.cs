using System.Text;
using FoiBot.Ingestion.Extraction;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Formats;

public sealed class ExtractorHostileTests
{
    private static readonly ExtractionLimits s_limits = new();
    private static readonly string s_letter = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"));

    private static ExtractionResult Extract(byte[] bytes, string name) =>
        TextExtractors.Default.Extract(bytes, name, s_limits, CancellationToken.None);

    [Fact]
    public void Extract_TruncatedPdf_IsDamaged()
    {
        var result = Extract(HostileFiles.TruncatedPdf(PdfFixture.Write(s_letter)), "cut.pdf");

        Assert.StartsWith("damaged PDF", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EncryptedPdf_NeedsAPassword()
    {
        var result = Extract(HostileFiles.EncryptedPdf(PdfFixture.Write(s_letter)), "locked.pdf");

        Assert.Equal("encrypted PDF (needs a password)", result.Problem);
    }

    [Fact]
    public void Extract_DocxZipBomb_IsRefusedWithoutInflatingIt()
    {
        var bomb = HostileFiles.DocxZipBomb(s_limits.MaxUncompressedBytes + (1024 * 1024));

        var result = Extract(bomb, "bomb.docx");

        Assert.StartsWith("unpacks to more than the limit", result.Problem, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb should be small on disk");
    }

    [Fact]
    public void Extract_HtmlNestedOneHundredThousandDeep_IsRefused()
    {
        var result = Extract(Encoding.UTF8.GetBytes(HostileFiles.NestedHtml(100_000)), "deep.html");

        Assert.Equal($"HTML nested deeper than {s_limits.MaxHtmlDepth} levels", result.Problem);
    }

    [Fact]
    public void Extract_InvalidUtf8Noise_IsBinary()
    {
        Assert.Equal("binary file (neither UTF-8 nor Windows-1252 text)", Extract(HostileFiles.InvalidUtf8(seed: 7), "noise.txt").Problem);
    }

    [Fact]
    public void Extract_PdfOverThePageLimit_SaysHowManyPages()
    {
        var limits = new ExtractionLimits { MaxPdfPages = 1 };

        var pdf = PdfFixture.Write(string.Join("\n\n", Enumerable.Repeat(s_letter, 4)));

        var result = TextExtractors.Default.Extract(pdf, "long.pdf", limits, CancellationToken.None);

        Assert.Matches(@"^too many pages \([2-9]; limit 1\)$", result.Problem);
    }

    [Fact]
    public void Extract_PdfSavedAsTxt_IsReadAsPdf()
    {
        var result = Extract(PdfFixture.Write(s_letter), "letter.txt");

        Assert.Contains("Our ref: 5576276", Assert.Single(result.Sources).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TextSavedAsPdf_IsNotAPdf()
    {
        Assert.Equal("not a PDF (no %PDF header)", Extract(Encoding.UTF8.GetBytes(s_letter), "letter.pdf").Problem);
    }

    [Fact]
    public void Extract_EmlWithEncryptedPdfAttached_KeepsTheBodyAndReportsTheAttachment()
    {
        var eml = FixtureWriter.Eml(s_letter, ("locked.pdf", HostileFiles.EncryptedPdf(PdfFixture.Write(s_letter))));

        var result = Extract(eml, "reply.eml");

        Assert.Null(Assert.Single(result.Sources).Part);
        var skipped = Assert.Single(result.SkippedParts);
        Assert.Equal(("attachment-1:locked.pdf", "encrypted PDF (needs a password)"), (skipped.Part, skipped.Text));
    }
}
