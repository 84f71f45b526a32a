using FoiBot.Import.Folder;
using FoiBot.Testing;

namespace FoiBot.Cli.Tests.Import;

/// <summary>
/// An import never recreates a missing corpus folder and never writes a provenance table over one it did not see: a
/// folder or table gone at the wrong moment stops the import instead.
/// </summary>
public sealed class ImportFolderSafetyTests
{
    [Fact]
    public async Task Import_CorpusFolderMissing_IsRefusedAndTheFolderIsNotRecreated()
    {
        using var workspace = new Workspace(devLetters: false);
        Directory.Delete(workspace.Corpus, recursive: true);

        var run = await CliRun.InAsync(workspace.Root, "import", "pages", "http://127.0.0.1:9/foi/1.html", "--authority", "Exampletown Borough Council");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Corpus));
    }

    [Fact]
    public async Task Import_ToAFolderInsideAMissingOne_IsRefusedAndNothingIsCreated()
    {
        using var workspace = new Workspace(devLetters: false);
        var missing = Path.Combine(workspace.Root, "unmounted");

        var run = await CliRun.InAsync(workspace.Root, "import", "pages", "http://127.0.0.1:9/foi/1.html", "--authority", "Exampletown Borough Council", "--to", Path.Combine(missing, "wdtk"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Commit_AnotherImportRecordedKeysMeanwhile_KeepsTheirsAndItsOwn()
    {
        using var folder = new TempDirectory();
        var first = ImportFolder.Open(folder.Path, out _);
        var second = ImportFolder.Open(folder.Path, out _);

        first.Commit([], key: "request-1");
        second.Commit([], key: "request-2");

        var reopened = ImportFolder.Open(folder.Path, out _);
        Assert.True(reopened.IsDone("request-1"));
        Assert.True(reopened.IsDone("request-2"));
    }

    [Fact]
    public void Commit_TableRemovedSinceTheFolderWasOpened_StopsWithoutWritingANewOne()
    {
        using var folder = new TempDirectory();
        var table = Path.Combine(folder.Path, ImportFolder.TableName);
        File.WriteAllText(table, $"{ImportFolder.Header}\nuser-letter.txt,Exampletown Borough Council,FOI 1,2024-05-14,https://example.org/1\n");
        var import = ImportFolder.Open(folder.Path, out var problem);
        Assert.Null(problem);
        File.Delete(table);

        Assert.Throws<IOException>(() => import.Commit([new ProvenanceRow("new.txt", "Exampletown Borough Council", null, null, "https://example.org/2")], key: null));
        Assert.False(File.Exists(table));
    }

    [Fact]
    public void Commit_RowsAddedByAnotherWriter_AreKeptBesideTheImportsOwn()
    {
        using var folder = new TempDirectory();
        var table = Path.Combine(folder.Path, ImportFolder.TableName);
        var import = ImportFolder.Open(folder.Path, out _);
        import.Commit([new ProvenanceRow("first.txt", "Exampletown Borough Council", null, null, "https://example.org/1")], key: null);
        File.AppendAllText(table, "by-hand.txt,Exampletown Borough Council,FOI 9,2024-06-01,https://example.org/9\n");

        import.Commit([new ProvenanceRow("second.txt", "Exampletown Borough Council", null, null, "https://example.org/2")], key: null);

        var lines = File.ReadAllLines(table);
        Assert.Equal(ImportFolder.Header, lines[0]);
        Assert.Equal(["first.txt", "by-hand.txt", "second.txt"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }
}
