using System.Text.Json;

namespace FoiBot.Cli.Tests;

/// <summary>
/// `foibot index --corpus DIR --authority NAME` (or a FoiBot:CorpusPaths entry with an Authority) makes every letter
/// under DIR that authority's, unless a provenance table says otherwise; the index keeps it with its folders.
/// </summary>
public sealed class CorpusAuthorityTests
{
    private const string First = "000_6e30a4500a135622.txt";

    [Fact]
    public async Task Index_CorpusWithAuthority_EveryLetterIsItsAndNewLettersReadFromAnotherFolderAreToo()
    {
        using var workspace = new Workspace(devLetters: false);
        using var elsewhere = new TempDirectory();
        File.WriteAllText(workspace.Combine("corpus", "seeds", "reply.txt"), SmallLetters.Unsigned);

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "corpus/seeds", "--authority", "Barnet Council", "--index", "idx");
        File.WriteAllText(workspace.Combine("corpus", "seeds", "later.txt"), SmallLetters.Unsigned.Replace("7654321", "7654322", StringComparison.Ordinal));
        var later = await ShowAsync(elsewhere.Path, "later.txt", "--index", workspace.Combine("idx"));

        Assert.Equal(0, run.ExitCode);
        foreach (var letter in new[] { await ShowAsync(workspace.Root, First, "--index", "idx"), await ShowAsync(workspace.Root, "reply.txt", "--index", "idx"), later })
        {
            Assert.Equal("London Borough of Barnet", letter.GetProperty("authority").GetString());
            Assert.Equal("CorpusFolder", letter.GetProperty("authoritySource").GetString());
        }
    }

    [Fact]
    public async Task Index_TwoCorporaOneWithAuthority_OnlyThatFolderTakesIt()
    {
        using var workspace = new Workspace();
        File.WriteAllText(workspace.Combine("corpus", "seeds", "reply.txt"), SmallLetters.Unsigned);

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "corpus/dev", "--corpus", "corpus/seeds", "--authority", "London Borough of Barnet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("CorpusFolder", (await ShowAsync(workspace.Root, "reply.txt")).GetProperty("authoritySource").GetString());
        var devon = await ShowAsync(workspace.Root, "devon-p13435.txt");
        Assert.Equal("Devon County Council", devon.GetProperty("authority").GetString());
        Assert.NotEqual("CorpusFolder", devon.GetProperty("authoritySource").GetString());
    }

    [Fact]
    public async Task Index_AuthorityNoCatalogKnows_ExitsOneNamingItAndWritesNoIndex()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "corpus/seeds", "--authority", "Narnia Borough Council");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'Narnia Borough Council', set as the authority of", run.Error, StringComparison.Ordinal);
        Assert.Contains("is no authority FoiBot knows", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine(".foibot", "index")));
    }

    [Fact]
    public async Task Index_AuthorityBeforeAnyCorpus_ExitsOneSayingWhereItGoes()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "index", "--authority", "London Borough of Barnet", "--corpus", "corpus/seeds", "--corpus", "corpus/dev");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --authority 'London Borough of Barnet' comes before any --corpus", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_ConfiguredFolderWithAuthorityBesidePlainFolder_TakesItFromConfiguration()
    {
        using var workspace = new Workspace();
        File.WriteAllText(workspace.Combine("corpus", "seeds", "reply.txt"), SmallLetters.Unsigned);
        File.WriteAllText(
            workspace.Combine("appsettings.json"),
            """{"FoiBot": {"CorpusPaths": ["corpus/dev", {"Path": "corpus/seeds", "Authority": "London Borough of Barnet"}]}}""");

        var run = await CliRun.InAsync(workspace.Root, "index");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Indexed 52 letters", run.Output, StringComparison.Ordinal);
        Assert.Equal("CorpusFolder", (await ShowAsync(workspace.Root, "reply.txt")).GetProperty("authoritySource").GetString());
    }

    [Fact]
    public async Task Ask_ConfiguredAuthorityNoCatalogKnows_IsAConfigurationError()
    {
        using var workspace = new Workspace(devLetters: false);
        File.WriteAllText(workspace.Combine("appsettings.json"), """{"FoiBot": {"CorpusPaths": [{"Path": "corpus/seeds", "Authority": "Narnia Borough Council"}]}}""");

        var run = await CliRun.InAsync(workspace.Root, "ask", "Does Barnet use facial recognition?");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Narnia Borough Council", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_TwoAuthoritiesAfterOneCorpus_ExitsOneNamingTheFolder()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "index", "--corpus", "corpus/seeds", "--authority", "Barnet", "--authority", "Leeds City Council");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: --corpus corpus/seeds is followed by two --authority options", run.Error, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ShowAsync(string workingDirectory, string file, params string[] more)
    {
        var run = await CliRun.InAsync(workingDirectory, ["show", file, "--json", .. more]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }
}
