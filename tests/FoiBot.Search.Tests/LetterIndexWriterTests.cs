using FoiBot.Core;

namespace FoiBot.Search.Tests;

public sealed class LetterIndexWriterTests : IDisposable
{
    private static readonly IndexedLetter s_bristol = new("letter-bristol-77", new Disclosure
    {
        Source = "councils/bristol/BCC-77.txt",
        Authority = "Bristol City Council",
        References = ["BCC-77"],
        ResponseDate = new DateOnly(2025, 2, 3),
        Pairs = [new QaPair { Number = "1", Question = "How many beehives are on council roofs?", Answer = "There are 12 beehives.", Outcome = Outcome.Answered }],
    });

    private readonly TestIndex _index = new();

    [Fact]
    public void Upsert_NewLetter_IsFoundByAnOpenIndexAfterRefresh()
    {
        Write(writer => writer.Upsert([s_bristol]), "v2");

        Assert.Empty(_index.Search("beehives"));
        Assert.True(_index.Index.Refresh());

        var hit = Assert.Single(_index.Search("beehives"));
        Assert.Equal("letter-bristol-77", hit.LetterId);
        Assert.Equal("BCC-77", _index.Index.FindLetter("BCC-77")?.References.Single());
        Assert.Equal(SampleLetters.All.Count + 1, _index.Index.LetterCount);
        Assert.Contains(new AuthorityCoverage("Bristol City Council", 1, new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 3)), _index.Index.Authorities);
        Assert.Equal("v2", _index.Index.BuildInfo.CorpusFingerprint);
    }

    [Fact]
    public void Upsert_SameLetterId_ReplacesTheLetterAndItsPassages()
    {
        var before = _index.Index.PassageCount;
        var edited = SampleLetters.WestYorkshireFacial with
        {
            Disclosure = SampleLetters.WestYorkshireFacial.Disclosure with
            {
                Pairs = [new QaPair { Number = "1", Question = "Does the force fly drones?", Answer = "Yes, four drones.", Outcome = Outcome.Yes }],
            },
        };

        Write(writer => writer.Upsert([edited]), "v2");
        _index.Index.Refresh();

        Assert.DoesNotContain(_index.Search("arrests deployments"), h => h.LetterId == edited.LetterId);
        Assert.Equal(edited.LetterId, _index.Search("drones").Single().LetterId);
        Assert.Single(_index.Index.FindLetter("FOI-1091-1718")!.Pairs);
        Assert.Equal(SampleLetters.All.Count, _index.Index.LetterCount);
        Assert.Equal(before - 1, _index.Index.PassageCount);
    }

    [Fact]
    public void Remove_IndexedLetter_IsGoneWithItsAuthority()
    {
        Write(writer => writer.Remove(SampleLetters.WestYorkshireFacial.LetterId), "v2");
        _index.Index.Refresh();

        Assert.DoesNotContain(_index.Search("facial recognition"), h => h.LetterId == SampleLetters.WestYorkshireFacial.LetterId);
        Assert.Null(_index.Index.FindLetter("FOI-1091-1718"));
        Assert.DoesNotContain(_index.Index.Authorities, a => a.Authority == "West Yorkshire Police");
        Assert.Equal(SampleLetters.All.Count - 1, _index.Index.LetterCount);
    }

    [Fact]
    public void Dispose_WithoutCommit_DiscardsTheChanges()
    {
        using (var writer = LetterIndexWriter.Open(_index.Path))
        {
            writer.Upsert([s_bristol]);
        }

        Assert.False(_index.Index.Refresh());
        using var reopened = LetterIndex.Open(_index.Path);
        Assert.Empty(reopened.Search(new PassageQuery { Text = "beehives" }));
    }

    [Fact]
    public void Open_WhileAnotherWriterIsOpen_FailsFast()
    {
        using var first = LetterIndexWriter.Open(_index.Path);

        var ex = Assert.Throws<IOException>(() => LetterIndexWriter.Open(_index.Path));
        Assert.Contains("Another build", ex.Message, StringComparison.Ordinal);
        Assert.Throws<IOException>(() => LetterIndexBuilder.Build(_index.Path, SampleLetters.All, SampleLetters.BuildInfo));
    }

    [Fact]
    public void Refresh_AfterAFullRebuild_OpensTheRebuiltIndex()
    {
        LetterIndexBuilder.Build(_index.Path, [s_bristol], SampleLetters.BuildInfo with { CorpusFingerprint = "rebuilt" });

        Assert.True(_index.Index.Refresh());
        Assert.Equal(1, _index.Index.LetterCount);
        Assert.Equal("rebuilt", _index.Index.BuildInfo.CorpusFingerprint);
        Assert.NotNull(_index.Index.FindLetter(s_bristol.Disclosure.References[0]));
        Assert.False(_index.Index.Refresh());
    }

    [Fact]
    public void BuildInfo_RootsRecorded_AreReadBackFromTheCommit()
    {
        string[] roots = ["/srv/letters/a", "/srv/letters/b"];
        LetterIndexBuilder.Build(_index.Path, [s_bristol], SampleLetters.BuildInfo with { Roots = roots });

        Assert.Equal(roots, LetterIndex.ReadCommit(_index.Path)!.BuildInfo.Roots);
    }

    [Fact]
    public void BuildInfo_RootAuthoritiesRecorded_AreReadBackFromTheCommitAndKeptByAnUpdate()
    {
        var authorities = new Dictionary<string, string> { ["/srv/letters/leeds"] = "Leeds City Council" };
        LetterIndexBuilder.Build(_index.Path, [s_bristol], SampleLetters.BuildInfo with { Roots = ["/srv/letters/leeds"], RootAuthorities = authorities });
        var built = LetterIndex.ReadCommit(_index.Path)!.BuildInfo;

        using (var writer = LetterIndexWriter.Open(_index.Path))
        {
            writer.Commit(writer.BuildInfo with { CorpusFingerprint = "updated" });
        }

        Assert.Equal(authorities, built.RootAuthorities);
        Assert.Equal(authorities, LetterIndex.ReadCommit(_index.Path)!.BuildInfo.RootAuthorities);
    }

    [Fact]
    public void AuthoritiesOf_LettersCommitted_GivesEachAuthorityAndWhereItCameFromWithoutTheOthers()
    {
        var bristol = s_bristol with { Disclosure = s_bristol.Disclosure with { AuthoritySource = AuthoritySource.FileName } };
        LetterIndexBuilder.Build(_index.Path, [bristol, SampleLetters.UnattributedFaceRecognition], SampleLetters.BuildInfo);

        using var writer = LetterIndexWriter.Open(_index.Path);
        var found = writer.AuthoritiesOf([bristol.LetterId, SampleLetters.UnattributedFaceRecognition.LetterId, "letter-absent"]);

        Assert.Equal(("Bristol City Council", AuthoritySource.FileName), found[bristol.LetterId]);
        Assert.Equal((null, AuthoritySource.None), found[SampleLetters.UnattributedFaceRecognition.LetterId]);
        Assert.False(found.ContainsKey("letter-absent"));
    }

    [Fact]
    public void Upsert_AfterUpdates_MatchesAFreshBuildOfTheSameLetters()
    {
        Write(writer => writer.Upsert([s_bristol]), "v2");
        Write(writer => writer.Remove(SampleLetters.LeedsBodyCameras.LetterId), "v3");
        _index.Index.Refresh();
        var letters = SampleLetters.All.Where(l => l != SampleLetters.LeedsBodyCameras).Append(s_bristol).ToList();
        using var fresh = new TestIndex(letters);

        Assert.Equal(fresh.Index.LetterCount, _index.Index.LetterCount);
        Assert.Equal(fresh.Index.PassageCount, _index.Index.PassageCount);
        Assert.Equal(fresh.Index.Authorities, _index.Index.Authorities);
        foreach (var text in new[] { "facial recognition", "beehives", "body worn cameras", "toilets" })
        {
            Assert.Equal(fresh.Search(text).Select(h => (h.LetterId, h.PairIndex)), _index.Search(text).Select(h => (h.LetterId, h.PairIndex)));
        }
    }

    [Fact]
    public void UpsertFile_AndRemoveFile_AreReadBackByFiles()
    {
        var first = new IndexedFile("/corpus/a.txt", 120, 638000000000000000, ["h1", "h2"], []);
        var second = new IndexedFile("/corpus/b.txt", 7, 1, [], ["h1"]);
        LetterIndexBuilder.Build(_index.Path, SampleLetters.All, [first, second], SampleLetters.BuildInfo);
        using var index = LetterIndex.Open(_index.Path);
        Assert.Equal(Describe([first, second]), Describe(index.Files()));

        var edited = first with { Length = 121, Letters = ["h3"] };
        Write(writer =>
        {
            writer.UpsertFile(edited);
            writer.RemoveFile(second.Key);
        }, "v2");
        index.Refresh();

        Assert.Equal(Describe([edited]), Describe(index.Files()));
    }

    [Fact]
    public void FileLookups_ReadTheLastCommit_NotChangesMadeSince()
    {
        var first = new IndexedFile("/corpus/a.txt", 120, 638000000000000000, ["h1", "h2"], []);
        var second = new IndexedFile("/corpus/b.txt", 7, 1, ["h3"], ["h1"]);
        var third = new IndexedFile("/corpus/c.txt", 8, 2, [], ["h1", "h3"]);
        LetterIndexBuilder.Build(_index.Path, SampleLetters.All, [first, second, third], SampleLetters.BuildInfo);

        using (var writer = LetterIndexWriter.Open(_index.Path))
        {
            Assert.Equal(Describe([first]), Describe([writer.FindFile("/corpus/a.txt")!]));
            Assert.Null(writer.FindFile("/corpus/A.txt"));
            Assert.Equal("/corpus/a.txt", writer.FileIndexing("h2"));
            Assert.Equal("/corpus/b.txt", writer.FileIndexing("h3"));
            Assert.Null(writer.FileIndexing("h9"));
            Assert.Equal(Describe([second, third]), Describe(writer.FilesHoldingCopy("h1")));
            Assert.Empty(writer.FilesHoldingCopy("h2"));
            Assert.Equal(
                [new IndexedFileStamp("/corpus/a.txt", 120, 638000000000000000), new IndexedFileStamp("/corpus/b.txt", 7, 1), new IndexedFileStamp("/corpus/c.txt", 8, 2)],
                writer.FileStamps().OrderBy(f => f.Key, StringComparer.Ordinal));

            // Until committed, a change leaves the lookups as they were: an update still finds what a file held before.
            writer.UpsertFile(first with { Letters = ["h9"] });
            writer.RemoveFile(second.Key);
            Assert.Equal("/corpus/a.txt", writer.FileIndexing("h2"));
            Assert.Equal(Describe([second, third]), Describe(writer.FilesHoldingCopy("h1")));

            writer.Commit(SampleLetters.BuildInfo with { CorpusFingerprint = "v2" });
            Assert.Null(writer.FileIndexing("h2"));
            Assert.Equal("/corpus/a.txt", writer.FileIndexing("h9"));
            Assert.Null(writer.FindFile(second.Key));
            Assert.Equal(Describe([third]), Describe(writer.FilesHoldingCopy("h1")));
            Assert.Equal("v2", writer.BuildInfo.CorpusFingerprint);
        }
    }

    public void Dispose() => _index.Dispose();

    /// <summary>Records compare by their lists' contents, which record equality does not do.</summary>
    private static List<string> Describe(IReadOnlyList<IndexedFile> files) =>
        [.. files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key}|{f.Length}|{f.LastWriteTicks}|{string.Join(',', f.Letters)}|{string.Join(',', f.Duplicates)}")];

    private void Write(Action<LetterIndexWriter> change, string fingerprint)
    {
        using var writer = LetterIndexWriter.Open(_index.Path);
        change(writer);
        writer.Commit(SampleLetters.BuildInfo with { CorpusFingerprint = fingerprint });
    }
}
