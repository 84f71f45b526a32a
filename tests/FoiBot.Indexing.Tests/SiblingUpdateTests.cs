using FoiBot.Core;
using FoiBot.Search;
using FoiBot.Testing;

namespace FoiBot.Indexing.Tests;

/// <summary>An update file by file leaves each letter's sibling authority as a full build of the corpus would.</summary>
public sealed class SiblingUpdateTests
{
    private const string Barnet = "London Borough of Barnet";

    [Fact]
    public void TryUpdate_LetterAddedBesideAgreeingLetters_TakesTheirAuthorityLosesItWhenAnotherAuthoritysArrivesAndRegainsIt()
    {
        using var folder = new TempDirectory();
        var root = folder.Combine("letters");
        var mine = Path.Combine(root, "mine");
        Directory.CreateDirectory(mine);
        foreach (var seed in new[] { 0, 2 })
        {
            var file = Directory.GetFiles(RepoPaths.Seeds, $"{seed:000}_*.txt").Single();
            File.Copy(file, Path.Combine(mine, Path.GetFileName(file)));
        }

        var store = CorpusIndex.Store(folder.Path);
        var indexPath = folder.Combine("index");
        store.Build(indexPath, [root]);

        File.WriteAllText(Path.Combine(mine, "reply.txt"), SmallLetters.Unsigned);
        Assert.NotNull(store.TryUpdate(indexPath, store.Scan([root]), [root]));
        var added = Letter(indexPath, "reply.txt");
        Assert.Equal(Barnet, added.Authority);
        Assert.Equal(AuthoritySource.SiblingLetters, added.AuthoritySource);

        File.Copy(Directory.GetFiles(RepoPaths.Seeds, "003_*.txt").Single(), Path.Combine(mine, "other.txt"));
        Assert.NotNull(store.TryUpdate(indexPath, store.Scan([root]), [root]));
        var disagreed = Letter(indexPath, "reply.txt");
        Assert.Null(disagreed.Authority);
        Assert.Equal(AuthoritySource.None, disagreed.AuthoritySource);

        File.Delete(Path.Combine(mine, "other.txt"));
        Assert.NotNull(store.TryUpdate(indexPath, store.Scan([root]), [root]));
        var updated = Letter(indexPath, "reply.txt");
        var rebuiltPath = folder.Combine("rebuilt");
        store.Build(rebuiltPath, [root]);
        var rebuilt = Letter(rebuiltPath, "reply.txt");
        Assert.Equal(AuthoritySource.SiblingLetters, updated.AuthoritySource);
        Assert.Equal((rebuilt.Authority, rebuilt.AuthoritySource), (updated.Authority, updated.AuthoritySource));
    }

    private static Disclosure Letter(string indexPath, string fileName)
    {
        using var index = LetterIndex.Open(indexPath);
        return index.FindLetter(fileName) ?? throw new InvalidOperationException($"{fileName} is not indexed");
    }
}
