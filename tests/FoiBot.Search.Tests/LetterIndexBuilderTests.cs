using FoiBot.Core;
using FoiBot.Testing;

namespace FoiBot.Search.Tests;

public sealed class LetterIndexBuilderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string IndexPath => _temp.Combine("index");

    [Fact]
    public void Build_Letters_CountsLettersAndPassagesAndReportsProgress()
    {
        var progress = new ProgressLog();

        var result = LetterIndexBuilder.Build(IndexPath, SampleLetters.All, SampleLetters.BuildInfo, progress);

        Assert.Equal(new IndexBuildResult(5, 6), result);
        Assert.Equal([1, 2, 3, 4, 5], progress.Reports);
    }

    [Fact]
    public void Build_SameLetterIdTwice_IndexesItOnce()
    {
        var result = LetterIndexBuilder.Build(IndexPath, [SampleLetters.LeedsToilets, SampleLetters.LeedsToilets], SampleLetters.BuildInfo);

        Assert.Equal(new IndexBuildResult(1, 1), result);
        using var index = LetterIndex.Open(IndexPath);
        Assert.Single(index.Search(new PassageQuery { Text = "toilets" }));
    }

    [Fact]
    public void Build_ReplacementOfALetterWritten_IsWhatTheIndexHoldsAndFilters()
    {
        var unattributed = SampleLetters.UnattributedFaceRecognition;
        var attributed = unattributed with
        {
            Disclosure = unattributed.Disclosure with { Authority = "Leeds City Council", AuthoritySource = AuthoritySource.SiblingLetters },
        };
        var stranger = new IndexedLetter("letter-never-written", unattributed.Disclosure);

        var result = LetterIndexBuilder.Build(IndexPath, SampleLetters.All, [], SampleLetters.BuildInfo, replacements: [attributed, stranger]);

        Assert.Equal(new IndexBuildResult(5, 6), result);
        using var index = LetterIndex.Open(IndexPath);
        Assert.Equal(AuthoritySource.SiblingLetters, index.FindLetter("letter-unknown")?.AuthoritySource);
        var hit = Assert.Single(index.Search(new PassageQuery { Text = "face recognition city centre", Authority = "Leeds City Council" }));
        Assert.Equal("letter-unknown", hit.LetterId);
    }

    [Fact]
    public void Build_LetterWithoutPairs_IsFindableButHasNoPassages()
    {
        var empty = new IndexedLetter("letter-empty", new Disclosure { Source = "cut-off.txt", References = ["REF-0001"] });

        var result = LetterIndexBuilder.Build(IndexPath, [empty], SampleLetters.BuildInfo);

        Assert.Equal(new IndexBuildResult(1, 0), result);
        using var index = LetterIndex.Open(IndexPath);
        Assert.Equal("cut-off.txt", index.FindLetter("REF-0001")?.Source);
        Assert.Empty(index.Search(new PassageQuery { Text = "REF-0001" }));
    }

    [Fact]
    public void Build_OverAnExistingIndex_ReplacesItAndLeavesNoStagingFolders()
    {
        LetterIndexBuilder.Build(IndexPath, SampleLetters.All, SampleLetters.BuildInfo);

        LetterIndexBuilder.Build(IndexPath, [SampleLetters.LeedsToilets], SampleLetters.BuildInfo with { CorpusFingerprint = "second" });

        using var index = LetterIndex.Open(IndexPath);
        Assert.Equal("second", index.BuildInfo.CorpusFingerprint);
        Assert.Equal(1, index.LetterCount);
        Assert.Null(index.FindLetter("FOI-1091-1718"));
        Assert.Equal(["index"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_WhileAnIndexIsOpen_OpenIndexKeepsServingItsLetters()
    {
        LetterIndexBuilder.Build(IndexPath, SampleLetters.All, SampleLetters.BuildInfo);
        using var before = LetterIndex.Open(IndexPath);

        LetterIndexBuilder.Build(IndexPath, [SampleLetters.LeedsToilets], SampleLetters.BuildInfo);

        Assert.Equal("letter-leeds-5576276", before.Search(new PassageQuery { Text = "body worn cameras" })[0].LetterId);
        using var after = LetterIndex.Open(IndexPath);
        Assert.Empty(after.Search(new PassageQuery { Text = "body worn cameras" }));
    }

    [Fact]
    public void Build_Cancelled_LeavesThePreviousIndexUntouched()
    {
        LetterIndexBuilder.Build(IndexPath, SampleLetters.All, SampleLetters.BuildInfo);
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => LetterIndexBuilder.Build(
            IndexPath, CancelAfterFirst(cancellation), SampleLetters.BuildInfo, cancellationToken: cancellation.Token));

        using var index = LetterIndex.Open(IndexPath);
        Assert.Equal(5, index.LetterCount);
        Assert.Equal(["index"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_IntoAFolderHoldingOtherFiles_RefusesAndKeepsThem()
    {
        Directory.CreateDirectory(IndexPath);
        File.WriteAllText(Path.Combine(IndexPath, "notes.txt"), "not an index");

        var error = Assert.Throws<IOException>(() => LetterIndexBuilder.Build(IndexPath, SampleLetters.All, SampleLetters.BuildInfo));

        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(IndexPath, "notes.txt")));
    }

    [Fact]
    public void Build_AfterACrashedBuild_RemovesItsStagingFolder()
    {
        Directory.CreateDirectory(_temp.Combine(".index.building-0123"));

        LetterIndexBuilder.Build(IndexPath, SampleLetters.All, SampleLetters.BuildInfo);

        Assert.Equal(["index"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    private static IEnumerable<IndexedLetter> CancelAfterFirst(CancellationTokenSource cancellation)
    {
        yield return SampleLetters.LeedsToilets;
        cancellation.Cancel();
        yield return SampleLetters.LeedsBodyCameras;
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Records reports as they happen; Progress&lt;T&gt; would post them to the thread pool.</summary>
    private sealed class ProgressLog : IProgress<int>
    {
        public List<int> Reports { get; } = [];

        public void Report(int value) => Reports.Add(value);
    }
}
