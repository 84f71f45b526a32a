using System.Text.Json;

namespace FoiBot.Cli.Tests.Import;

/// <summary>
/// From a fake WhatDoTheyKnow to an answer: the letters an import saves are read by `foibot ask` like any other, and
/// an answer resting on one cites its reference and the address it is published at.
/// </summary>
public sealed class ImportThenAskTests
{
    private const string Question = "Does Bristol City Council use facial recognition on its CCTV cameras?";

    [Fact]
    public async Task Ask_AnswerOnlyInAnImportedPdfAttachment_CitesItsReferenceAndPublicAddress()
    {
        using var workspace = new Workspace(devLetters: false);
        await using var site = await FakeAlaveteli.StartAsync();
        await ImportAsync(workspace, site);

        var ask = await CliRun.InAsync(workspace.Root, "ask", Question, "--json");

        Assert.Equal(0, ask.ExitCode);
        using var answer = JsonDocument.Parse(Assert.Single(ask.OutputLines));
        Assert.Equal("no", answer.RootElement.GetProperty("verdict").GetString());
        var citation = answer.RootElement.GetProperty("citations").EnumerateArray().First();
        Assert.Equal("FOI-24-0117", citation.GetProperty("ref").GetString());
        Assert.Equal("Bristol City Council", citation.GetProperty("authority").GetString());
        Assert.EndsWith("cctv_facial_recognition-901-2-foi-24-0117_response.pdf", citation.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal($"{site.Address}request/cctv_facial_recognition#incoming-901", citation.GetProperty("sourceAddress").GetString());
    }

    [Fact]
    public async Task Ask_AnswerInAnImportedResponseText_CitesItsReferenceAndPublicAddress()
    {
        using var workspace = new Workspace(devLetters: false);
        await using var site = await FakeAlaveteli.StartAsync();
        await ImportAsync(workspace, site);

        var ask = await CliRun.InAsync(workspace.Root, "ask", "How many residents' parking permits did Bristol City Council issue in 2023?", "--json");

        using var answer = JsonDocument.Parse(Assert.Single(ask.OutputLines));
        var citation = answer.RootElement.GetProperty("citations").EnumerateArray().First();
        Assert.Equal("FOI-24-0230", citation.GetProperty("ref").GetString());
        Assert.Contains("14,220", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal($"{site.Address}request/parking_permits_2023#incoming-911", citation.GetProperty("sourceAddress").GetString());
    }

    [Fact]
    public async Task Import_FromSavedPages_NoNetworkNeededAndTheAddressIsThePublicSite()
    {
        using var workspace = new Workspace(devLetters: false);
        var saved = workspace.Combine("saved", "www.whatdotheyknow.com");
        Save(saved, $"body/{FakeAlaveteli.Authority}.json", FakeAlaveteli.Recorded("body.json"));
        Save(saved, $"body/{FakeAlaveteli.Authority}", FakeAlaveteli.Recorded("list-page-1.html"));
        Save(saved, "request/cctv_facial_recognition.json", FakeAlaveteli.Recorded("cctv_facial_recognition.request.json"));
        Save(saved, "request/cctv_facial_recognition.html", FakeAlaveteli.Recorded("cctv_facial_recognition.request.html"));
        Save(saved, "request/101/response/901/attach/2/FOI-24-0117 response.pdf", Ingestion.Tests.Formats.PdfFixture.Write(FakeAlaveteli.PdfLetter));

        var run = await CliRun.InAsync(workspace.Root, ImportSettings.Fast, "import", "whatdotheyknow", "--authority", FakeAlaveteli.Authority, "--from-dir", "saved");
        var ask = await CliRun.InAsync(workspace.Root, "ask", Question, "--json");

        Assert.Contains("Imported 1 letter(s), 2 new file(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains("https://www.whatdotheyknow.com/request/parking_permits_2023.json: not saved under", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"sourceAddress\":\"https://www.whatdotheyknow.com/request/cctv_facial_recognition#incoming-901\"", ask.Output, StringComparison.Ordinal);
    }

    private static Task<CliRun> ImportAsync(Workspace workspace, FakeSite site) =>
        CliRun.InAsync(workspace.Root, ImportSettings.Fast, "import", "whatdotheyknow", "--authority", FakeAlaveteli.Authority, "--base-url", site.Address.ToString());

    private static void Save(string root, string relative, byte[] content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
