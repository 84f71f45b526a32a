using FoiBot.Core;
using FoiBot.Ingestion.Extraction;
using FoiBot.Ingestion.Parsing;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Formats;

/// <summary>One real letter saved as .txt, .html, .pdf, .docx and .eml (see <see cref="FixtureWriter"/>) parses to one record.</summary>
public sealed class SameLetterAcrossFormatsTests
{
    private readonly LetterParser _parser = new();

    [Theory]
    [InlineData("seeds/000_6e30a4500a135622.txt")]
    [InlineData("seeds/003_64faa8586bfae3e2.txt")]
    [InlineData("dev/wokingham-14259.txt")]
    [InlineData("dev/tfl-FOI-1829-2122.txt")]
    public void Extract_LetterInEveryFormat_ParsesToTheSameRecord(string letterPath)
    {
        var letter = File.ReadAllText(Path.Combine(RepoPaths.Corpus, letterPath));
        var expected = Facts(_parser.Parse(letter, "letter"));
        Assert.NotEmpty(expected.Pairs);

        foreach (var (extension, bytes) in FixtureWriter.AllFormats(letter))
        {
            var result = TextExtractors.Default.Extract(bytes, "letter" + extension, new ExtractionLimits(), CancellationToken.None);

            Assert.True(result.IsSuccess, $"{extension}: {result.Problem}");
            Assert.Equal(extension == ".eml" ? 3 : 1, result.Sources.Count);
            foreach (var source in result.Sources)
            {
                var facts = Facts(_parser.Parse(source.Text, "letter"));
                Assert.True(expected == facts, $"{extension} {source.Part}:\n{expected}\n!=\n{facts}");
            }
        }
    }

    [Fact]
    public void Extract_EmlWithAttachments_NamesEachSourceByItsAttachment()
    {
        var letter = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6e30a4500a135622.txt"));

        var result = TextExtractors.Default.Extract(FixtureWriter.AllFormats(letter)[".eml"], "reply.eml", new ExtractionLimits(), CancellationToken.None);

        Assert.Equal([null, "attachment-1:letter.pdf", "attachment-2:letter.docx"], result.Sources.Select(s => s.Part));
    }

    [Fact]
    public void Extract_DisclosureLogPage_DropsTheSiteAroundTheLetter()
    {
        var html = FixtureWriter.Html("Our ref: 1234\n\nQ1. Do you use CCTV?\nYes.");

        var text = Assert.Single(TextExtractors.Default.Extract(System.Text.Encoding.UTF8.GetBytes(html), "a.html", new ExtractionLimits(), CancellationToken.None).Sources).Text;

        Assert.Equal("Our ref: 1234\n\nQ1. Do you use CCTV?\nYes.", text);
    }

    /// <summary>What a user would see of a record, as one comparable value; the source name and diagnostics are left out.</summary>
    private static LetterFacts Facts(Disclosure d) => new(
        d.Authority,
        string.Join(" / ", d.References),
        d.ResponseDate,
        d.ReceivedDate,
        d.Subject,
        d.Law,
        d.Outcome,
        string.Join("\n---\n", d.Pairs.Select(p => $"{p.Number}|{p.Question}|{p.Answer}|{p.Outcome}|{string.Join(",", p.Exemptions)}")));

    private sealed record LetterFacts(
        string? Authority, string References, DateOnly? Responded, DateOnly? Received, string? Subject, AccessLaw Law, Outcome Outcome, string Pairs);
}
