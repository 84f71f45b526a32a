using FoiBot.Ingestion.Corpus;
using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Corpus;

public sealed class CorpusScannerRealCorpusTests
{
    private readonly CorpusScanner _scanner = new(new CorpusOptions());

    [Fact]
    public void Scan_RealCorpus_FindsAllFiftyOneLettersAndSkipsNothing()
    {
        var scan = _scanner.Scan([RepoPaths.Corpus]);

        Assert.Empty(scan.Skipped);
        Assert.Equal(51, scan.Files.Count);
        Assert.Equal(5, scan.Files.Count(f => f.RelativePath.StartsWith("seeds/", StringComparison.Ordinal)));
        Assert.Equal(46, scan.Files.Count(f => f.RelativePath.StartsWith("dev/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Scan_RealCorpus_ReadmeAndSourcesAreNotLetters()
    {
        var scan = _scanner.Scan([RepoPaths.Corpus]);

        Assert.DoesNotContain(scan.Files, f => Path.GetFileName(f.RelativePath) is "README.md" or "SOURCES.md");
        Assert.Equal("dev/SOURCES.md", Assert.Single(scan.ManifestFiles).RelativePath);
    }

    [Fact]
    public void Scan_RealCorpus_FilesAreSortedOrdinallyWithSlashSeparators()
    {
        var relative = _scanner.Scan([RepoPaths.Corpus]).Files.Select(f => f.RelativePath).ToList();

        Assert.Equal(relative.Order(StringComparer.Ordinal), relative);
        Assert.Equal("dev/devon-cyber-attack-and-systems.txt", relative[0]);
        Assert.Equal("seeds/000_6e30a4500a135622.txt", relative[46]);
    }

    [Fact]
    public void Scan_RealCorpus_EveryDevLetterHasAManifestEntryWithTheSameRelativePath()
    {
        var scan = _scanner.Scan([RepoPaths.Corpus]);

        var devLetters = scan.Files.Select(f => f.RelativePath).Where(p => p.StartsWith("dev/", StringComparison.Ordinal));
        Assert.Equal(devLetters, scan.Manifest.Select(e => e.RelativePath).Order(StringComparer.Ordinal));
        var moray = Assert.Single(scan.Manifest, e => e.RelativePath == "dev/moray-101000148084.txt");
        Assert.Equal(("The Moray Council", "101000148084", new DateOnly(2013, 5, 28)), (moray.Authority, moray.Reference, moray.Date?.First));
    }

    [Fact]
    public void Read_EveryRealLetter_Succeeds()
    {
        var scan = _scanner.Scan([RepoPaths.Seeds, RepoPaths.Dev]);

        var results = scan.Files.Select(f => _scanner.Read(f)).ToList();

        Assert.Equal(51, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Skipped?.ToString()));
        Assert.All(results, r => Assert.DoesNotContain('\r', r.Text!.Text));
    }
}
