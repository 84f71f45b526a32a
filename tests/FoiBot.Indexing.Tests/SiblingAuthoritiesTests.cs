using FoiBot.Core;
using FoiBot.Testing;

namespace FoiBot.Indexing.Tests;

/// <summary>A letter that names no authority takes the one its folder's other letters agree on, and only then.</summary>
public sealed class SiblingAuthoritiesTests
{
    private const string Barnet = "London Borough of Barnet";

    [Fact]
    public void Load_LetterNamingNoAuthorityBesideLettersThatAgree_TakesTheirsFromItsSiblings()
    {
        using var folder = new TempDirectory();
        var mine = Folder(folder, "mine", Seed(0), Seed(2));
        File.WriteAllText(Path.Combine(mine, "reply.txt"), SmallLetters.Unsigned);

        var letters = CorpusIndex.Store(folder.Path).Load([folder.Path]).Letters.ToDictionary(l => Path.GetFileName(l.File.FullPath), l => l.Disclosure);

        var reply = letters["reply.txt"];
        Assert.Equal(Barnet, reply.Authority);
        Assert.Equal(AuthoritySource.SiblingLetters, reply.AuthoritySource);
        Assert.DoesNotContain(reply.Diagnostics, d => d.Field == "authority" && d.Severity == DiagnosticSeverity.Warning);
        Assert.All(letters.Values.Where(l => l != reply), l => Assert.NotEqual(AuthoritySource.SiblingLetters, l.AuthoritySource));
    }

    [Fact]
    public void Load_SiblingsThatDisagree_LeaveTheLetterWithoutAuthority()
    {
        using var folder = new TempDirectory();
        var mine = Folder(folder, "mine", Seed(0), Seed(2));
        File.Copy(Seed(3), Path.Combine(mine, "coventry.txt"));
        File.WriteAllText(Path.Combine(mine, "reply.txt"), SmallLetters.Unsigned);

        var reply = CorpusIndex.Store(folder.Path).Load([folder.Path]).Letters.Single(l => l.File.FullPath.EndsWith("reply.txt", StringComparison.Ordinal)).Disclosure;

        Assert.Null(reply.Authority);
        Assert.Equal(AuthoritySource.None, reply.AuthoritySource);
    }

    [Fact]
    public void Load_OneSiblingOnly_IsTooFewToGoBy()
    {
        using var folder = new TempDirectory();
        var mine = Folder(folder, "mine", Seed(0));
        File.WriteAllText(Path.Combine(mine, "reply.txt"), SmallLetters.Unsigned);

        var reply = CorpusIndex.Store(folder.Path).Load([folder.Path]).Letters.Single(l => l.File.FullPath.EndsWith("reply.txt", StringComparison.Ordinal)).Disclosure;

        Assert.Null(reply.Authority);
    }

    [Fact]
    public void Load_SiblingsInAnotherFolder_DoNotCount()
    {
        using var folder = new TempDirectory();
        Folder(folder, "mine", Seed(0), Seed(2));
        var other = Folder(folder, "other");
        File.WriteAllText(Path.Combine(other, "reply.txt"), SmallLetters.Unsigned);

        var reply = CorpusIndex.Store(folder.Path).Load([folder.Path]).Letters.Single(l => l.File.FullPath.EndsWith("reply.txt", StringComparison.Ordinal)).Disclosure;

        Assert.Null(reply.Authority);
    }

    private static string Seed(int i) => Directory.GetFiles(RepoPaths.Seeds, $"{i:000}_*.txt").Single();

    private static string Folder(TempDirectory root, string name, params string[] letters)
    {
        var folder = root.Combine(name);
        Directory.CreateDirectory(folder);
        foreach (var letter in letters)
        {
            File.Copy(letter, Path.Combine(folder, Path.GetFileName(letter)));
        }

        return folder;
    }
}
