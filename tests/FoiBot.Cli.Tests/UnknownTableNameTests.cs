namespace FoiBot.Cli.Tests;

/// <summary>A provenance table's name that no authority in the catalog matches is shown by `index` and `ask`, naming the table, the name and its letters.</summary>
public sealed class UnknownTableNameTests
{
    private const string Warning =
        "corpus/seeds/SOURCES.md: names 'Narnia Borough Council' (for 000_6e30a4500a135622.txt), which is no authority FoiBot knows;";

    private static Workspace WithUnknownName()
    {
        var workspace = new Workspace(devLetters: false);
        File.WriteAllText(
            workspace.Combine("corpus", "seeds", "SOURCES.md"),
            "| file | authority | ref | date |\n|---|---|---|---|\n| 000_6e30a4500a135622.txt | Narnia Borough Council | | |\n| 001_42bccdd3c054de74.txt | Barnet Council | | |\n");
        return workspace;
    }

    [Fact]
    public async Task IndexAndAsk_TableNamingAnAuthorityNoCatalogKnows_WarnOfItEachTime()
    {
        using var workspace = WithUnknownName();

        var built = await CliRun.InAsync(workspace.Root, "index");
        var ask = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?", "--json");
        var show = await CliRun.InAsync(workspace.Root, "show", "000_6e30a4500a135622.txt");

        Assert.Equal(0, built.ExitCode);
        Assert.Contains(Warning, built.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Barnet Council", built.Error, StringComparison.Ordinal);
        Assert.Contains(Warning, ask.Error, StringComparison.Ordinal);
        Assert.Contains("London Borough of Barnet", show.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Authority:  Narnia", show.Output, StringComparison.Ordinal);
    }
}
