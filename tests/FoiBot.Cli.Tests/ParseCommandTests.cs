using FoiBot.Ingestion.Tests.Formats;
using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task Parse_PdfLetter_PrintsTheRecordAndItsDiagnostics()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.Combine("letter.pdf"), PdfFixture.Write(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"))));

        var run = await CliRun.InAsync(folder.Path, "parse", "letter.pdf");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Authority:  London Borough of Barnet", run.Output, StringComparison.Ordinal);
        Assert.Contains("References: 5576276", run.Output, StringComparison.Ordinal);
        Assert.Contains("Source:     letter.pdf", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_TextOutsideEveryQuestion_IsListedAsNotUnderAQuestion()
    {
        using var folder = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"), folder.Combine("letter.txt"));

        var run = await CliRun.InAsync(folder.Path, "parse", "letter.txt");

        Assert.Equal(0, run.ExitCode);
        var unpaired = run.Output[run.Output.IndexOf("Not under a question", StringComparison.Ordinal)..];
        Assert.Contains("40 working days", unpaired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_EmailAsJson_PrintsOneRecordPerSource()
    {
        using var folder = new TempDirectory();
        var letter = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"));
        File.WriteAllBytes(folder.Combine("reply.eml"), FixtureWriter.Eml(letter, ("letter.docx", DocxFixture.Write(letter))));

        var run = await CliRun.InAsync(folder.Path, "parse", "reply.eml", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Contains("\"source\":\"reply.eml\"", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("\"source\":\"reply.eml#attachment-1:letter.docx\"", run.OutputLines[1], StringComparison.Ordinal);
        Assert.All(run.OutputLines, l => Assert.Contains("\"references\":[\"5576276\"]", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_TextThatIsNoLetter_SaysItWouldNotBeIndexed()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("notes.txt"), "Remember to buy milk.");

        var run = await CliRun.InAsync(folder.Path, "parse", "notes.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Not indexed: no FOI request or response found in the text.", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "missing.txt: file not found")]
    [InlineData("locked.pdf", "locked.pdf: encrypted PDF (needs a password)")]
    public async Task Parse_UnreadableFile_ExitsTwoWithOneLineReason(string file, string reason)
    {
        using var folder = new TempDirectory();
        var pdf = PdfFixture.Write(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt")));
        File.WriteAllBytes(folder.Combine("locked.pdf"), HostileFiles.EncryptedPdf(pdf));

        var run = await CliRun.InAsync(folder.Path, "parse", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(reason, run.Error.Trim());
        Assert.Equal("", run.Output);
    }
}
