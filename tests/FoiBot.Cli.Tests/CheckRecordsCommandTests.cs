using FoiBot.Testing;

namespace FoiBot.Cli.Tests;

/// <summary>`foibot check` grouping repeats and listing other authorities apart, CSV from check and search, and serve's access control.</summary>
public sealed class CheckRecordsCommandTests
{
    private const string FacialRecognition = "Does the council use facial recognition technology on its CCTV cameras?";

    [Fact]
    public async Task Check_QuestionBarnetAnsweredTwice_SaysAskedTwiceAndListsOthersElsewhere()
    {
        using var workspace = new Workspace();
        await File.WriteAllTextAsync(workspace.Combine("request.txt"), FacialRecognition);

        var run = await CliRun.InAsync(workspace.Root, "check", "request.txt", "--authority", "Barnet");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("   Asked 2 times of London Borough of Barnet (2019-08-27 to 2026-01-16): 2 No; refs 16336160, 5576276", run.Output, StringComparison.Ordinal);
        var elsewhere = run.Output.IndexOf("   Elsewhere:", StringComparison.Ordinal);
        Assert.True(elsewhere > 0, run.Output);
        Assert.DoesNotContain("Coventry", run.Output[..elsewhere], StringComparison.Ordinal);
        Assert.Contains("Coventry City Council", run.Output[elsewhere..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Csv_PrintsARowPerEarlierLetter()
    {
        using var workspace = new Workspace(devLetters: false);
        await File.WriteAllTextAsync(workspace.Combine("request.txt"), FacialRecognition);

        var run = await CliRun.InAsync(workspace.Root, "check", "request.txt", "--authority", "Barnet", "--csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("question_number,question,asked_before,where,authority,ref,date,", run.Output, StringComparison.Ordinal);
        Assert.Contains("own,London Borough of Barnet,16336160,2026-01-16,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Csv_PrintsTheResultsAsCsv()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "search", "facial recognition", "--authority", "Barnet", "--csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("authority,ref,date,question_number,question,answer,outcome,exemptions,score,source,address\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("London Borough of Barnet,5576276,2019-08-27,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AllowRemoteWithoutAnAccessControl_ExitsOneNamingTheSettings()
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "serve", "--urls", "http://0.0.0.0:0", "--allow-remote");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Web__ApiKeys", run.Error, StringComparison.Ordinal);
        Assert.Contains("Web:TrustedProxies", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine(".foibot")), "serve built an index before refusing to serve the network openly");
    }
}
