namespace FoiBot.Cli.Tests.Import;

/// <summary>
/// `foibot import whatdotheyknow` against a fake Alaveteli on 127.0.0.1: what it saves, how it treats the site, and
/// each hostile answer reported by the address it came from while the rest of the import goes on.
/// </summary>
public sealed class WhatDoTheyKnowImportTests
{
    /// <remarks>The user's corpus folder exists, as an import creates its folder only inside one that does.</remarks>
    private static Task<CliRun> ImportAsync(string root, FakeSite site, string to = "corpus/wdtk")
    {
        Directory.CreateDirectory(Path.Combine(root, "corpus"));
        return CliRun.InAsync(root, ImportSettings.Fast, "import", "whatdotheyknow", "--authority", FakeAlaveteli.Authority, "--base-url", site.Address.ToString(), "--to", to);
    }

    [Fact]
    public async Task Import_FakeSite_SavesEachResponseWithItsProvenanceRow()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();

        var run = await ImportAsync(folder.Path, site);

        var saved = Directory.GetFiles(folder.Combine("corpus", "wdtk")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [".foibot-import.json", "cctv_facial_recognition-901-2-foi-24-0117_response.pdf", "cctv_facial_recognition-901.html", "highways_maintenance_spend-940.html", "parking_permits_2023-911.html", "sources.csv"],
            saved);
        var pdfRow = $"cctv_facial_recognition-901-2-foi-24-0117_response.pdf,Bristol City Council,,2024-02-27,{site.Address}request/cctv_facial_recognition#incoming-901";
        var table = ImportSettings.Lines(folder.Combine("corpus", "wdtk", "sources.csv"));
        Assert.Equal("file,authority,ref,date,source address", table[0]);
        Assert.Contains(pdfRow, table);
        Assert.Contains($"parking_permits_2023-911.html,Bristol City Council,,2024-03-20,{site.Address}request/parking_permits_2023#incoming-911", table);
        Assert.Contains("Imported 2 letter(s), 4 new file(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("<p>The request was partially successful.</p>", File.ReadAllText(folder.Combine("corpus", "wdtk", "parking_permits_2023-911.html")), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Error);
    }

    [Fact]
    public async Task Import_StatusAndSince_ReadsTheSuccessfulListAndKeepsOnlyNewerResponsesInThoseStates()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();

        Directory.CreateDirectory(folder.Combine("corpus"));
        var run = await CliRun.InAsync(folder.Path, ImportSettings.Fast, "import", "whatdotheyknow", "--authority", FakeAlaveteli.Authority, "--base-url", site.Address.ToString(),
            "--to", "corpus/wdtk", "--status", "partially_successful", "--since", "2024-03-01");

        Assert.Equal(1, site.Count($"/body/{FakeAlaveteli.Authority}/successful"));
        Assert.Equal(0, site.Count($"/body/{FakeAlaveteli.Authority}"));
        Assert.True(File.Exists(folder.Combine("corpus", "wdtk", "parking_permits_2023-911.html")));
        Assert.Equal(0, site.Count("/request/cctv_facial_recognition"));
        Assert.Contains("Imported 1 letter(s), 1 new file(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_HostileAnswers_EachNamedByItsAddressAndTheRestImported()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();

        var run = await ImportAsync(folder.Path, site);

        Assert.Equal(2, run.ExitCode);
        var errors = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, e => e.Contains($"{site.Address}request/street_lighting_energy.json: not valid JSON (cut short?)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"{site.Address}request/grass_cutting_contracts.json: expected JSON, the site sent an HTML page", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"{site.Address}request/library_opening_hours.json: the site answered 429 Too Many Requests, 3 times; given up", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"{site.Address}{FakeAlaveteli.EndlessPath[1..]}: larger than the 1,048,576-byte limit", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains($"{site.Address}request/council_tax_arrears: redirected to another host (elsewhere.invalid); not followed", StringComparison.Ordinal));
        Assert.Equal(5, errors.Length);
        Assert.Equal(3, site.Count("/request/library_opening_hours.json"));
        Assert.False(File.Exists(folder.Combine("corpus", "wdtk", "highways_maintenance_spend-940-2-response.pdf")));
        Assert.Empty(Directory.GetFiles(folder.Combine("corpus", "wdtk"), "*.part", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Import_RequestListThatRepeats_EachRequestFetchedOnceAndTheListLeftWhenNothingIsNew()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();

        await ImportAsync(folder.Path, site);

        Assert.Equal(1, site.Count($"/body/{FakeAlaveteli.Authority}?page=3"));
        Assert.Equal(0, site.Count($"/body/{FakeAlaveteli.Authority}?page=4"));
        Assert.All(site.Requested.Where(p => p.EndsWith(".json", StringComparison.Ordinal) && p != "/request/library_opening_hours.json"), p => Assert.Equal(1, site.Count(p)));
    }

    [Fact]
    public async Task Import_AsAGuest_NamesItselfAsksRobotsFirstAndKeepsOffWhatItDisallows()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();

        await ImportAsync(folder.Path, site);

        Assert.Equal("/robots.txt", site.Requested[0]);
        Assert.Equal(1, site.Count("/robots.txt"));
        Assert.All(site.UserAgents, ua => Assert.Equal($"FoiBot/1.0 (FOI letter importer; +{ImportSettings.Contact})", ua));
        Assert.DoesNotContain(site.Requested, p => p.Contains("/feed/", StringComparison.Ordinal) || p.Contains("/search", StringComparison.Ordinal) || p.Contains("/attach/html/", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Requested, p => p.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.Equal(1, site.Count(FakeAlaveteli.PdfPath));
    }

    [Fact]
    public async Task Import_SecondRun_AddsOnlyWhatIsNewAndRetriesWhatFailed()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();

        await ImportAsync(folder.Path, site);
        var rows = ImportSettings.Lines(folder.Combine("corpus", "wdtk", "sources.csv"));
        var second = await ImportAsync(folder.Path, site);

        Assert.Contains("Imported 0 letter(s), 0 new file(s)", second.Output, StringComparison.Ordinal);
        Assert.Contains("2 already imported", second.Output, StringComparison.Ordinal);
        Assert.Equal(rows, ImportSettings.Lines(folder.Combine("corpus", "wdtk", "sources.csv")));
        Assert.Equal(1, site.Count("/request/cctv_facial_recognition"));
        Assert.Equal(1, site.Count(FakeAlaveteli.PdfPath));
        Assert.Equal(2, site.Count(FakeAlaveteli.EndlessPath));
    }

    [Fact]
    public async Task Import_InterruptedBeforeItsStateWasWritten_ResumesWithoutDuplicates()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();
        await ImportAsync(folder.Path, site);
        var rows = ImportSettings.Lines(folder.Combine("corpus", "wdtk", "sources.csv"));
        File.Delete(folder.Combine("corpus", "wdtk", ".foibot-import.json"));

        var resumed = await ImportAsync(folder.Path, site);

        Assert.Contains("Imported 2 letter(s), 0 new file(s)", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(rows, ImportSettings.Lines(folder.Combine("corpus", "wdtk", "sources.csv")));
    }

    [Fact]
    public async Task Import_UsersOwnFileHasTheName_KeptAndTheLetterSavedBesideIt()
    {
        using var folder = new TempDirectory();
        await using var site = await FakeAlaveteli.StartAsync();
        Directory.CreateDirectory(folder.Combine("corpus", "wdtk"));
        File.WriteAllText(folder.Combine("corpus", "wdtk", "cctv_facial_recognition-901.html"), "<p>My own notes</p>");

        await ImportAsync(folder.Path, site);

        Assert.Equal("<p>My own notes</p>", File.ReadAllText(folder.Combine("corpus", "wdtk", "cctv_facial_recognition-901.html")));
        Assert.Contains("Please find attached", File.ReadAllText(folder.Combine("corpus", "wdtk", "cctv_facial_recognition-901-2.html")), StringComparison.Ordinal);
        Assert.Contains(ImportSettings.Lines(folder.Combine("corpus", "wdtk", "sources.csv")), l => l.StartsWith("cctv_facial_recognition-901-2.html,", StringComparison.Ordinal));
    }
}
