using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class CorpusScannerScanTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly TempDirectory _outside = new();
    private readonly CorpusScanner _scanner = new(new CorpusOptions());

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    private List<string> ScanRelativePaths() => [.. _scanner.Scan([_folder.Path]).Files.Select(f => f.RelativePath)];

    [Fact]
    public void Scan_MissingRoot_ReportsItAndScansTheOtherRoots()
    {
        var missing = _folder.Combine("no-such-folder");
        _outside.Write("letter.txt", "Dear Requester");

        var scan = _scanner.Scan([missing, _outside.Path]);

        Assert.Equal(new SkippedFile(missing, "folder not found"), Assert.Single(scan.Skipped));
        Assert.Equal("letter.txt", Assert.Single(scan.Files).RelativePath);
    }

    [Fact]
    public void Scan_RootIsAFile_ReportsNotAFolder()
    {
        var file = _folder.Write("letter.txt", "Dear Requester");

        Assert.Equal(new SkippedFile(file, "not a folder"), Assert.Single(_scanner.Scan([file]).Skipped));
    }

    [Fact]
    public void Scan_HiddenDocumentationAndOtherExtensions_AreLeftOutWithoutBeingReported()
    {
        _folder.Write("letter.txt", "a");
        _folder.Write("notes.MD", "a");
        _folder.Write(".hidden.txt", "a");
        _folder.Write(".git/objects/x.txt", "a");
        _folder.Write("README.md", "a");
        _folder.Write("readme.en.txt", "a");
        _folder.Write("LICENSE.txt", "a");
        _folder.Write("CHANGELOG.md", "a");
        _folder.Write("letter.xlsx", "a");
        _folder.Write("sources-of-funding.txt", "a");

        var scan = _scanner.Scan([_folder.Path]);

        Assert.Empty(scan.Skipped);
        Assert.Equal(["letter.txt", "notes.MD", "sources-of-funding.txt"], scan.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Scan_NestedFolders_ListsRecursivelySortedOrdinallyWithSlashes()
    {
        _folder.Write("b.txt", "a");
        _folder.Write("a/z.txt", "a");
        _folder.Write("a/b/c.txt", "a");
        _folder.Write("B.txt", "a");

        Assert.Equal(["B.txt", "a/b/c.txt", "a/z.txt", "b.txt"], ScanRelativePaths());
    }

    [Fact]
    public void Scan_FileDetails_ComeFromTheFileSystem()
    {
        var path = _folder.Write("letter.txt", "Dear Requester");
        var written = new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var file = Assert.Single(_scanner.Scan([_folder.Path]).Files);

        Assert.Equal(new CorpusFile(path, "letter.txt", _folder.Path, 14, new DateTimeOffset(written)), file);
    }

    [Fact]
    public void Scan_SymlinkedFolders_AreNotFollowed()
    {
        _folder.Write("letter.txt", "a");
        _outside.Write("elsewhere.txt", "a");
        Directory.CreateSymbolicLink(_folder.Combine("linked"), _outside.Path);
        Directory.CreateSymbolicLink(_folder.Combine("loop"), _folder.Path);

        Assert.Equal(["letter.txt"], ScanRelativePaths());
    }

    [Fact]
    public void Scan_SymlinkedFile_IsListedWithItsTargetsLength()
    {
        var target = _outside.Write("letter.txt", "Dear Requester, at some length");
        File.CreateSymbolicLink(_folder.Combine("linked.txt"), target);

        var file = Assert.Single(_scanner.Scan([_folder.Path]).Files);

        Assert.Equal(("linked.txt", 30L), (file.RelativePath, file.Length));
        Assert.Equal("Dear Requester, at some length", _scanner.Read(file).Text!.Text);
    }

    [Fact]
    public void Scan_BrokenSymlink_IsReported()
    {
        var link = _folder.Combine("broken.txt");
        File.CreateSymbolicLink(link, _outside.Combine("gone.txt"));

        var scan = _scanner.Scan([_folder.Path]);

        Assert.Empty(scan.Files);
        Assert.Equal(new SkippedFile(link, "broken link"), Assert.Single(scan.Skipped));
    }

    [Fact]
    public void Scan_OverlappingRoots_ListEachFileOnce()
    {
        _folder.Write("sub/letter.txt", "a");

        var scan = _scanner.Scan([_folder.Path, _folder.Combine("sub")]);

        Assert.Equal("sub/letter.txt", Assert.Single(scan.Files).RelativePath);
    }

    [Fact]
    public void Scan_MalformedManifest_IsReportedAndTheLettersStillListed()
    {
        _folder.Write("letter.txt", "a");
        _folder.Write("SOURCES.md", CorpusFolder.ManifestHeader + "| letter.txt | A |\n");

        var scan = _scanner.Scan([_folder.Path]);

        Assert.Equal(["letter.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Empty(scan.Manifest);
        Assert.Equal(new SkippedFile(_folder.Combine("SOURCES.md"), "line 3: expected 4 cells, found 2"), Assert.Single(scan.Skipped));
    }

    [Fact]
    public void Scan_TableWithNoFileColumn_IsAnUnreadTableAndTheLettersStillListed()
    {
        _folder.Write("letter.txt", "a");
        _folder.Write("SOURCES.md", "| name | when |\n|---|---|\n| letter.txt | 2016 |\n");

        var scan = _scanner.Scan([_folder.Path]);

        Assert.Equal(["letter.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Empty(scan.Manifest);
        Assert.Empty(scan.Skipped);
        var unread = Assert.Single(scan.UnreadTables);
        Assert.Equal(_folder.Combine("SOURCES.md"), unread.Path);
        Assert.StartsWith("provenance table not read: no column for the file", unread.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ManifestsInSubfoldersAndCsv_EntriesAreRelativeToTheRoot()
    {
        _folder.Write("barnet/a.txt", "a");
        _folder.Write("barnet/SOURCES.md", CorpusFolder.ManifestHeader + "| `a.txt` | Barnet | 1 | |\n");
        _folder.Write("tfl/b.txt", "a");
        _folder.Write("tfl/sources.csv", "file,authority,ref,date\nb.txt,TfL,FOI-2,24 August 2017\n");

        var scan = _scanner.Scan([_folder.Path]);

        Assert.Empty(scan.Skipped);
        Assert.Equal(["barnet/a.txt", "tfl/b.txt"], scan.Manifest.Select(e => e.RelativePath));
        Assert.Equal(["barnet/SOURCES.md", "tfl/sources.csv"], scan.ManifestFiles.Select(f => f.RelativePath));
    }

    [Fact]
    public void Scan_ManifestThatIsNotText_IsReportedWithTheReadReason()
    {
        _folder.Write("SOURCES.md", [0x93, 0x94]);

        Assert.Equal("binary file (neither UTF-8 nor Windows-1252 text)", Assert.Single(_scanner.Scan([_folder.Path]).Skipped).Reason);
    }

    [Fact]
    public void Scan_CancelledToken_Throws()
    {
        _folder.Write("letter.txt", "a");

        Assert.Throws<OperationCanceledException>(() => _scanner.Scan([_folder.Path], new CancellationToken(canceled: true)));
    }

    // Looking at one path decides what a scan of the roots would decide about it, without the walk.
    [Fact]
    public void Look_EveryPathUnderARoot_AgreesWithTheScan()
    {
        _folder.Write("letter.txt", "a");
        _folder.Write("nested/deeper/letter.md", "bb");
        _folder.Write("notes.MD", "a");
        _folder.Write(".hidden.txt", "a");
        _folder.Write(".git/objects/x.txt", "a");
        _folder.Write("README.md", "a");
        _folder.Write("LICENSE.txt", "a");
        _folder.Write("letter.xlsx", "a");
        _folder.Write("nested/SOURCES.md", "| a |");
        _outside.Write("elsewhere.txt", "a");
        Directory.CreateSymbolicLink(_folder.Combine("linked"), _outside.Path);
        File.CreateSymbolicLink(_folder.Combine("link-to-letter.txt"), _outside.Combine("elsewhere.txt"));
        var scan = _scanner.Scan([_folder.Path]);
        var listed = scan.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        var manifests = scan.ManifestFiles.ToDictionary(f => f.FullPath, StringComparer.Ordinal);

        var paths = Directory.EnumerateFiles(_folder.Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Append(_folder.Combine("linked", "elsewhere.txt"))
            .ToList();
        foreach (var path in paths)
        {
            var look = _scanner.Look([_folder.Path], path);
            var expected = listed.ContainsKey(path) ? CorpusPathKind.Letter : manifests.ContainsKey(path) ? CorpusPathKind.Manifest : CorpusPathKind.Ignored;
            Assert.True(expected == look.Kind, $"{path}: scan says {expected}, look says {look.Kind}");
            Assert.Equal(listed.GetValueOrDefault(path) ?? manifests.GetValueOrDefault(path), look.File);
        }

        Assert.Equal(4, paths.Count(p => _scanner.Look([_folder.Path], p).Kind == CorpusPathKind.Letter));
    }

    [Fact]
    public void Look_FoldersGoneFilesAndPathsOutsideTheRoots_AreToldApart()
    {
        _folder.Write("sub/letter.txt", "a");
        var outside = _outside.Write("letter.txt", "a");

        Assert.Equal(CorpusPathKind.Folder, _scanner.Look([_folder.Path], _folder.Combine("sub")).Kind);
        Assert.Equal(CorpusPathKind.Folder, _scanner.Look([_folder.Path], _folder.Path + Path.DirectorySeparatorChar).Kind);
        Assert.Equal(CorpusPathKind.Missing, _scanner.Look([_folder.Path], _folder.Combine("sub", "gone.txt")).Kind);
        Assert.Equal(CorpusPathKind.Missing, _scanner.Look([_folder.Path], _folder.Combine("gone-folder")).Kind);
        Assert.Equal(CorpusPathKind.Ignored, _scanner.Look([_folder.Path], _folder.Combine(".gone.txt")).Kind);
        Assert.Equal(CorpusPathKind.Ignored, _scanner.Look([_folder.Path], outside).Kind);
        Assert.Equal(CorpusPathKind.Ignored, _scanner.Look([_folder.Path + "-sibling"], _folder.Combine("sub", "letter.txt")).Kind);
    }

    [Fact]
    public void Look_OverlappingRoots_RelativeToTheFirstRootHoldingIt_AsTheScanLists()
    {
        var path = _folder.Write("inner/letter.txt", "a");
        foreach (IReadOnlyList<string> roots in new[] { new[] { _folder.Path, _folder.Combine("inner") }, [_folder.Combine("inner"), _folder.Path] })
        {
            var scanned = Assert.Single(_scanner.Scan(roots).Files);

            Assert.Equal(scanned, _scanner.Look(roots, path).File);
        }
    }

    [Fact]
    public void ScanFolder_OneFolderOfARoot_ListsWhatTheWholeScanListsUnderIt()
    {
        _folder.Write("top.txt", "a");
        _folder.Write("moved/letter.txt", "a");
        _folder.Write("moved/deeper/letter.md", "bb");
        _folder.Write("moved/.hidden/x.txt", "a");
        _folder.Write("moved/README.md", "a");
        _folder.Write("moved/SOURCES.md", "| a |");
        _outside.Write("elsewhere.txt", "a");
        Directory.CreateSymbolicLink(_folder.Combine("moved", "linked"), _outside.Path);
        var whole = _scanner.Scan([_folder.Path]);

        var moved = _scanner.ScanFolder([_folder.Path], _folder.Combine("moved"));

        Assert.Equal(whole.Files.Where(f => f.RelativePath.StartsWith("moved/", StringComparison.Ordinal)).OrderBy(f => f.RelativePath, StringComparer.Ordinal), moved.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal));
        Assert.Equal(2, moved.Files.Count);
        Assert.Equal(["moved/SOURCES.md"], moved.ManifestFiles.Select(f => f.RelativePath));
        Assert.Empty(_scanner.ScanFolder([_folder.Path], _folder.Combine("moved", "linked")).Files);
        Assert.Empty(_scanner.ScanFolder([_folder.Path], _folder.Combine("moved", ".hidden")).Files);
        Assert.Empty(_scanner.ScanFolder([_folder.Path], _folder.Combine("top.txt")).Files);
        Assert.Empty(_scanner.ScanFolder([_folder.Path], _outside.Path).Files);
    }
}
