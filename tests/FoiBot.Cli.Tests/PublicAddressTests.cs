using System.Text.Json;

namespace FoiBot.Cli.Tests;

/// <summary>
/// A letter's public address, from its provenance row, travels into every citation the CLI prints, so an officer can
/// point a requester to the published letter (section 21).
/// </summary>
public sealed class PublicAddressTests
{
    private const string Address = "https://example.org/foi/barnet-facial-recognition";
    private const string Question = "Does Barnet use facial recognition?";

    private static Workspace WithAddress()
    {
        var workspace = new Workspace(devLetters: false);
        File.WriteAllText(
            workspace.Combine("corpus", "seeds", "sources.csv"),
            $"file,authority,url\n001_42bccdd3c054de74.txt,London Borough of Barnet,{Address}\n");
        return workspace;
    }

    [Fact]
    public async Task AskJson_LetterWithAddress_CitationCarriesIt()
    {
        using var workspace = WithAddress();

        var ask = await CliRun.InAsync(workspace.Root, "ask", Question, "--json");

        using var answer = JsonDocument.Parse(Assert.Single(ask.OutputLines));
        var cited = answer.RootElement.GetProperty("citations").EnumerateArray()
            .Concat(answer.RootElement.GetProperty("related").EnumerateArray())
            .Single(c => c.GetProperty("source").GetString()!.EndsWith("001_42bccdd3c054de74.txt", StringComparison.Ordinal));
        Assert.Equal(Address, cited.GetProperty("sourceAddress").GetString());
    }

    [Fact]
    public async Task AskText_LetterWithAddress_PrintsTheLink()
    {
        using var workspace = WithAddress();

        var ask = await CliRun.InAsync(workspace.Root, "ask", Question);

        Assert.Contains($"Link:  {Address}", ask.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchJson_LetterWithAddress_HitCarriesIt()
    {
        using var workspace = WithAddress();

        var search = await CliRun.InAsync(workspace.Root, "search", "facial recognition", "--authority", "Barnet", "--json");

        using var hits = JsonDocument.Parse(Assert.Single(search.OutputLines));
        Assert.Contains(hits.RootElement.EnumerateArray(), h => h.GetProperty("sourceAddress").GetString() == Address);
    }

    [Fact]
    public async Task CheckJson_LetterWithAddress_MatchCarriesIt()
    {
        using var workspace = WithAddress();
        var request = workspace.Combine("request.txt");
        File.WriteAllText(request, "1. Does the council use facial recognition technology on its CCTV cameras?\n");

        var check = await CliRun.InAsync(workspace.Root, "check", request, "--authority", "Barnet", "--json");

        Assert.Contains($"\"sourceAddress\":\"{Address}\"", check.Output, StringComparison.Ordinal);
    }
}
