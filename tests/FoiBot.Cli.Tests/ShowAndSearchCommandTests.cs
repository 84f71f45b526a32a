using System.Text.Json;

namespace FoiBot.Cli.Tests;

public sealed class ShowAndSearchCommandTests
{
    [Fact]
    public async Task Show_Reference_PrintsTheParsedLetter()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "show", "FOI352248676");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Authority:  Coventry City Council", run.Output, StringComparison.Ordinal);
        Assert.Contains("Responded:  28 July 2021", run.Output, StringComparison.Ordinal);
        Assert.Contains("we confirm that Coventry City Council does not use any facial recognition software", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_RoundTripsTheDisclosure()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "show", "FOI-2850-2223", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("Transport for London", root.GetProperty("authority").GetString());
        Assert.Equal("FOI-2860-2223", root.GetProperty("references")[0].GetString());
        Assert.Equal("Eir", root.GetProperty("law").GetString());
    }

    [Fact]
    public async Task Show_LetterNamedInAProvenanceTable_PrintsTheAddressItWasPublishedAt()
    {
        using var workspace = new Workspace();
        const string address = "http://www.moray.gov.uk/moray_standard/page_86125.html";

        var text = await CliRun.InAsync(workspace.Root, "show", "101000148084");
        var json = await CliRun.InAsync(workspace.Root, "show", "101000148084", "--json");

        Assert.Contains($"Link:       {address}", text.Output, StringComparison.Ordinal);
        Assert.Equal(address, JsonDocument.Parse(json.Output).RootElement.GetProperty("sourceAddress").GetString());
    }

    [Fact]
    public async Task Show_UnknownReference_ExitsOne()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "show", "999999999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No letter with reference or file name '999999999'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithAuthority_ReturnsOnlyThatAuthoritysPassages()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "search", "cctv cameras", "--authority", "The Moray Council", "--json");

        Assert.Equal(0, run.ExitCode);
        var hits = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Moray Council", h.GetProperty("authority").GetString()));
    }

    [Fact]
    public async Task Search_DateAndOutcomeFilters_ReturnOnlyPassagesThatPass()
    {
        using var workspace = new Workspace();

        var recent = await CliRun.InAsync(workspace.Root, "search", "facial recognition", "--from", "2025-01-01", "--json");
        var refused = await CliRun.InAsync(workspace.Root, "search", "facial recognition correspondence", "--outcome", "Refused", "--json");

        var dates = JsonDocument.Parse(recent.Output).RootElement.EnumerateArray().Select(h => h.GetProperty("date").GetString()).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, "2025-01-01") >= 0, d));
        var outcomes = JsonDocument.Parse(refused.Output).RootElement.EnumerateArray().Select(h => h.GetProperty("outcome").GetString()).ToList();
        Assert.Contains(JsonDocument.Parse(refused.Output).RootElement.EnumerateArray(), h => h.GetProperty("ref").GetString() == "FOI-2439-1920");
        Assert.All(outcomes, o => Assert.Equal("Refused", o));
    }

    [Fact]
    public async Task Search_Text_ListsPassagesBestFirst()
    {
        using var workspace = new Workspace();

        var run = await CliRun.InAsync(workspace.Root, "search", "glyphosate");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("[1] ", run.Output, StringComparison.Ordinal);
        Assert.Contains("glyphosate", run.Output, StringComparison.OrdinalIgnoreCase);
    }
}
