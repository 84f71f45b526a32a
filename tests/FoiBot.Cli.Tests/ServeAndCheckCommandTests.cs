using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FoiBot.Cli.Tests;

public sealed partial class ServeAndCheckCommandTests
{
    [Fact]
    public async Task Check_BarnetRequestFile_ListsPriorLettersAndWarnsOfADuplicate()
    {
        using var workspace = new Workspace();
        await File.WriteAllTextAsync(workspace.Combine("request.txt"), "Dear Barnet Council,\n\n1. Does the council use facial recognition?\n2. How many CCTV cameras do you operate?\n\nYours faithfully,\nSam");

        var run = await CliRun.InAsync(workspace.Root, "check", "request.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2 question(s) for London Borough of Barnet.", run.Output, StringComparison.Ordinal);
        Assert.Contains("LIKELY DUPLICATE", run.Output, StringComparison.Ordinal);
        Assert.Contains("ref 5576276", run.Output, StringComparison.Ordinal);
        Assert.Contains("ref 16336160", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Json_GivesTheApiShape()
    {
        using var workspace = new Workspace(devLetters: false);
        await File.WriteAllTextAsync(workspace.Combine("request.txt"), "How many CCTV cameras do you operate?");

        var run = await CliRun.InAsync(workspace.Root, "check", "request.txt", "--authority", "Barnet", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("London Borough of Barnet", root.GetProperty("authority").GetString());
        Assert.True(root.GetProperty("likelyDuplicate").GetBoolean());
        Assert.Equal("Strong", root.GetProperty("questions")[0].GetProperty("matches")[0].GetProperty("strength").GetString());
    }

    [Theory]
    [InlineData("missing.txt", "file not found")]
    [InlineData("empty.txt", "no question found")]
    public async Task Check_NoRequestToRead_ExitsOneSayingWhy(string file, string message)
    {
        using var workspace = new Workspace(devLetters: false);
        await File.WriteAllTextAsync(workspace.Combine("empty.txt"), "Dear Sir,\n\nYours faithfully");

        var run = await CliRun.InAsync(workspace.Root, "check", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    public async Task Serve_RemoteAddressWithoutAllowRemote_ExitsOneNamingTheSwitch(string urls)
    {
        using var workspace = new Workspace(devLetters: false);

        var run = await CliRun.InAsync(workspace.Root, "serve", "--urls", urls);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--allow-remote", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.Combine(".foibot")), "serve built an index before refusing the address");
    }

    [Fact]
    public async Task Serve_Loopback_AnswersUntilCancelled()
    {
        using var workspace = new Workspace(devLetters: false);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var (serving, address) = await ServeAsync(workspace, stop.Token);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var health = await client.GetStringAsync(new Uri(address, "/healthz"), stop.Token);
        await stop.CancelAsync();

        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Serve_LetterDroppedIntoTheCorpus_IsAnsweredWithoutARestart()
    {
        using var workspace = new Workspace(devLetters: false);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (serving, address) = await ServeAsync(workspace, stop.Token);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var letter = new Uri(address, "/api/letters/101000148084");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(letter, stop.Token)).StatusCode);

        File.Copy(Path.Combine(FoiBot.Testing.RepoPaths.Dev, "moray-101000148084.txt"), workspace.Combine("corpus", "seeds", "moray-101000148084.txt"));
        HttpResponseMessage found;
        do
        {
            await Task.Delay(50, stop.Token);
            found = await client.GetAsync(letter, stop.Token);
        }
        while (found.StatusCode == HttpStatusCode.NotFound);
        var answer = await client.GetStringAsync(new Uri(address, "/api/ask?q=How%20many%20public%20toilets%20does%20Moray%20have%3F"), stop.Token);
        await stop.CancelAsync();

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("101000148084", answer, StringComparison.Ordinal);
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Serve_CorpusFolderRemovedThenBack_HealthzSaysDegradedWithTheReasonAndLettersStay()
    {
        using var workspace = new Workspace(devLetters: false);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (serving, address) = await ServeAsync(workspace, stop.Token);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var health = new Uri(address, "/healthz");
        Directory.Move(workspace.Corpus, workspace.Combine("moved-away"));

        JsonElement degraded;
        do
        {
            await Task.Delay(50, stop.Token);
            degraded = JsonDocument.Parse(await client.GetStringAsync(health, stop.Token)).RootElement;
        }
        while (degraded.GetProperty("status").GetString() == "ok");
        var answer = await client.GetStringAsync(new Uri(address, "/api/ask?q=Does%20Barnet%20use%20facial%20recognition%3F"), stop.Token);

        Directory.Move(workspace.Combine("moved-away"), workspace.Corpus);
        JsonElement back;
        do
        {
            await Task.Delay(50, stop.Token);
            back = JsonDocument.Parse(await client.GetStringAsync(health, stop.Token)).RootElement;
        }
        while (back.GetProperty("status").GetString() != "ok");
        await stop.CancelAsync();

        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Equal(5, degraded.GetProperty("letters").GetInt32());
        Assert.Contains(degraded.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains($"{workspace.Corpus} is missing", StringComparison.Ordinal));
        Assert.Contains("5576276", answer, StringComparison.Ordinal);
        Assert.Equal(5, back.GetProperty("letters").GetInt32());
        Assert.Empty(back.GetProperty("reasons").EnumerateArray());
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Serve_ModelConfigured_AskAnswersThroughTheModelWhileServing()
    {
        using var workspace = new Workspace(devLetters: false);
        await using var model = await FoiBot.Testing.FakeModel.FakeModelServer.StartAsync();
        model.Then(r => FoiBot.Testing.FakeModel.ModelStep.Quoting(r.Quotable, "Barnet has said no: "));
        var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        var environment = new CliEnvironment
        {
            Output = synchronized,
            Error = TextWriter.Null,
            WorkingDirectory = workspace.Root,
            Overrides = new Dictionary<string, string?>
            {
                ["Llm:Provider"] = "OpenAICompatible",
                ["Llm:Endpoint"] = model.Endpoint,
                ["Llm:Model"] = "fake-model",
                ["Llm:Timeout"] = "00:00:05",
                ["Llm:MaxRetries"] = "0",
            },
        };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var serving = CliApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0"], environment, stop.Token);
        var address = await AddressAsync(synchronized, output, serving, stop.Token);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var answer = await client.GetStringAsync(new Uri(address, "/api/ask?q=Does%20Barnet%20use%20facial%20recognition%3F"), stop.Token);
        await stop.CancelAsync();

        Assert.Contains("Barnet has said no", answer, StringComparison.Ordinal);
        Assert.Contains("\"llm\"", answer, StringComparison.Ordinal);
        Assert.Single(model.Requests);
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Serve_CorpusNamedWhileSettingsListMoreFolders_FollowsOnlyTheNamedOne()
    {
        using var workspace = new Workspace();
        File.WriteAllText(workspace.Combine("appsettings.json"), """{"FoiBot": {"CorpusPaths": ["corpus/dev", "corpus/seeds", "elsewhere"]}}""");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var (serving, address) = await ServeAsync(workspace, stop.Token, "--corpus", "corpus/seeds", "--index", "seeds-index");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(address, "/healthz"), stop.Token)).RootElement;
        await stop.CancelAsync();

        Assert.Equal(5, health.GetProperty("letters").GetInt32());
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal([workspace.Combine("corpus", "seeds")], FoiBot.Search.LetterIndex.ReadCommit(workspace.Combine("seeds-index"))!.BuildInfo.Roots);
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    /// <summary>Runs `foibot serve` on a free loopback port in <paramref name="workspace"/> until <paramref name="cancellationToken"/> stops it.</summary>
    private static async Task<(Task<int> Serving, Uri Address)> ServeAsync(Workspace workspace, CancellationToken cancellationToken, params string[] more)
    {
        var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        var environment = new CliEnvironment { Output = synchronized, Error = TextWriter.Null, WorkingDirectory = workspace.Root };
        var serving = CliApp.RunAsync(["serve", "--urls", "http://127.0.0.1:0", .. more], environment, cancellationToken);
        return (serving, await AddressAsync(synchronized, output, serving, cancellationToken));
    }

    private static async Task<Uri> AddressAsync(TextWriter synchronized, StringWriter output, Task<int> serving, CancellationToken cancellationToken)
    {
        while (true)
        {
            string printed;
            lock (synchronized)
            {
                printed = output.ToString();
            }

            if (Listening().Match(printed) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            Assert.False(serving.IsCompleted, $"serve ended early: {printed}");
            await Task.Delay(100, cancellationToken);
        }
    }

    [GeneratedRegex(@"staff page: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
