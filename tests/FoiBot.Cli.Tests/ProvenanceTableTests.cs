namespace FoiBot.Cli.Tests;

/// <summary>A provenance table FoiBot cannot read is an error every command that reads the corpus names; the letters are indexed anyway.</summary>
public sealed class ProvenanceTableTests
{
    private const string Unread =
        "corpus/seeds/SOURCES.md: provenance table not read: no column for the file (expected one of: file, filename, file name, document, letter); found: name, when";

    private static Workspace WithUnreadableTable()
    {
        var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("corpus", "seeds", "SOURCES.md"), "# Where these came from\n\n| name | when |\n|---|---|\n| 000_6e30a4500a135622.txt | June 2016 |\n");
        return workspace;
    }

    [Fact]
    public async Task Index_TableThatCannotBeRead_NamesItWithTheColumnsAndIndexesTheLetters()
    {
        using var workspace = WithUnreadableTable();

        var built = await CliRun.InAsync(workspace.Root, "index");
        var current = await CliRun.InAsync(workspace.Root, "index");
        var forced = await CliRun.InAsync(workspace.Root, "index", "--force");

        Assert.Equal(0, built.ExitCode);
        Assert.Contains("Indexed 5 letters", built.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Skipped", built.Output, StringComparison.Ordinal);
        Assert.Equal([Unread], built.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is up to date (5 letters)", current.Output, StringComparison.Ordinal);
        Assert.Contains(Unread, current.Error, StringComparison.Ordinal);
        Assert.Contains(Unread, forced.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TableThatCannotBeRead_NamesItWhenBuildingTheIndexAndAfter()
    {
        using var workspace = WithUnreadableTable();

        var first = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");
        var second = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Built the index: 5 letters", first.Error, StringComparison.Ordinal);
        Assert.Contains("(0 skipped)", first.Error, StringComparison.Ordinal);
        Assert.Contains(Unread, first.Error, StringComparison.Ordinal);
        Assert.Contains(Unread, second.Error, StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"no\"", Assert.Single(second.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_TableHeadedAsPeopleWriteIt_IsReadWithoutComplaint()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(
            workspace.Combine("corpus", "seeds", "SOURCES.md"),
            "| File name | Public body | Ref (as in file name) | Response date | URL | Notes |\n|---|---|---|---|---|---|\n"
            + "| 001_42bccdd3c054de74.txt | London Borough of Barnet | | June 2016 | https://example.org/foi/barnet | checked |\n");

        var ask = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");
        var show = await CliRun.InAsync(workspace.Root, "show", "001_42bccdd3c054de74.txt");

        Assert.DoesNotContain("provenance table", ask.Error, StringComparison.Ordinal);
        Assert.Contains("Link:       https://example.org/foi/barnet", show.Output, StringComparison.Ordinal);
    }
}
