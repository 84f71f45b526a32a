using System.Text;
using FoiBot.Ingestion.Tests.Formats;

namespace FoiBot.Cli.Tests.Import;

/// <summary>`foibot import pages` against a fake council site on 127.0.0.1 serving disclosure-log pages.</summary>
public sealed class PagesImportTests
{
    private const string Letter = """
        Exampletown Borough Council
        Our ref: FOI 2024-0456
        14 May 2024

        Dear Requester,

        You asked:

        1. How many grit bins does the council maintain?

        Response

        1. The council maintains 318 grit bins.

        Yours sincerely,
        Information Team
        """;

    private static async Task<FakeSite> CouncilAsync()
    {
        var site = await FakeSite.StartAsync();
        return site
            .Serve("/robots.txt", "text/plain", Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /search\n\nUser-agent: FoiBot\nDisallow: /foi/drafts/\nAllow: /foi/drafts/published-*.html$\n"))
            .Serve("/foi/disclosure-log/foi-2024-0456.html", "text/html", Council("foi-2024-0456.html"))
            .Serve("/foi/disclosure-log/foi-2024-0457.html", "text/html", Council("foi-2024-0457.html"))
            .Serve("/foi/documents/FOI-2024-0456-response.pdf", "application/pdf", PdfFixture.Write(Letter));
    }

    [Fact]
    public async Task Import_ListOfPages_EachPageAndItsDocumentSavedOnceWithThePageAddress()
    {
        using var workspace = new Workspace(devLetters: false);
        await using var site = await CouncilAsync();
        var page = $"{site.Address}foi/disclosure-log/foi-2024-0456.html";
        File.WriteAllLines(workspace.Combine("pages.txt"), [
            "# Exampletown's disclosure log",
            page,
            page + "#documents",
            $"{site.Address}foi/disclosure-log/foi-2024-0457.html",
            $"{site.Address}foi/drafts/foi-2024-0458.html",
            $"{site.Address}foi/disclosure-log/gone.html",
        ]);

        var run = await CliRun.InAsync(workspace.Root, ImportSettings.Fast, "import", "pages", "pages.txt", "--authority", "Exampletown Borough Council", "--to", "corpus/exampletown");
        var ask = await CliRun.InAsync(workspace.Root, "ask", "How many grit bins does Exampletown Borough Council maintain?", "--json");

        var table = ImportSettings.Lines(workspace.Combine("corpus", "exampletown", "sources.csv"));
        Assert.Equal(4, table.Length);
        Assert.Contains($"127.0.0.1-foi-disclosure-log-foi-2024-0456-foi-2024-0456-response.pdf,Exampletown Borough Council,,,{page}", table);
        Assert.Equal(1, site.Count("/foi/disclosure-log/foi-2024-0456.html"));
        Assert.Equal(1, site.Count("/foi/documents/FOI-2024-0456-response.pdf"));
        Assert.Equal(0, site.Count("/foi/drafts/foi-2024-0458.html"));
        Assert.Contains($"{site.Address}foi/drafts/foi-2024-0458.html: robots.txt disallows it", run.Error, StringComparison.Ordinal);
        Assert.Contains($"https://cdn.elsewhere.invalid/foi/FOI-2024-0456-appendix.pdf: linked from {page} but on another site; not fetched", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{site.Address}foi/disclosure-log/gone.html: the site answered 404 Not Found", run.Error, StringComparison.Ordinal);
        Assert.Contains($"\"sourceAddress\":\"{page}\"", ask.Output, StringComparison.Ordinal);
        Assert.Contains("\"ref\":\"FOI 2024-0456\"", ask.Output, StringComparison.Ordinal);
    }

    private static byte[] Council(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "FoiBot.Cli.Tests", "Import", "Recorded", "council", name));
}
