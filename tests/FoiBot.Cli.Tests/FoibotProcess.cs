using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FoiBot.Cli.Tests;

/// <summary>The real foibot executable, run as its own process the way a user runs it.</summary>
internal static partial class FoibotProcess
{
    private static readonly TimeSpan s_commandLimit = TimeSpan.FromMinutes(2);

    public static ProcessStartInfo Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string?>(), args);

    /// <summary>The command line, with <paramref name="settings"/> ("Section:Key") given as the environment variables a user would set.</summary>
    public static ProcessStartInfo Start(string workingDirectory, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "foibot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    /// <summary>Runs one command to its end (two minutes at most) and gives its exit code and what it printed.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string?>(), args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var process = Process.Start(Start(workingDirectory, settings, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_commandLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"foibot {string.Join(' ', args)} ran longer than {s_commandLimit}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts `foibot serve` on a free loopback port and waits until it says where it listens.</summary>
    public static async Task<ServingProcess> ServeAsync(string workingDirectory, params string[] args)
    {
        // The tests poll the API far more often than its per-client limit allows a person to.
        var settings = new Dictionary<string, string?> { ["Web:RateLimitPermits"] = "100000" };
        var process = Process.Start(Start(workingDirectory, settings, ["serve", "--urls", "http://127.0.0.1:0", .. args]))!;
        var serving = new ServingProcess(process);
        using var timeout = new CancellationTokenSource(s_commandLimit);
        try
        {
            Match match;
            while (!(match = Listening().Match(serving.Output)).Success)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"serve ended early ({process.ExitCode}): {serving.Output}{serving.Error}");
                }

                await Task.Delay(50, timeout.Token);
            }

            serving.Address = new Uri(match.Groups[1].Value);
            return serving;
        }
        catch
        {
            await serving.DisposeAsync();
            throw;
        }
    }

    [GeneratedRegex(@"staff page: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

/// <summary>A running `foibot serve` process: its address, what it printed, and /healthz; killed when disposed.</summary>
internal sealed class ServingProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(20) };

    public ServingProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; set; } = new("http://127.0.0.1/");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public async Task<Health> HealthAsync()
    {
        var root = JsonDocument.Parse(await _client.GetStringAsync(new Uri(Address, "/healthz"))).RootElement;
        return new Health(
            root.GetProperty("status").GetString()!,
            root.GetProperty("letters").GetInt32(),
            [.. root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)]);
    }

    public Task<string> GetAsync(string pathAndQuery) => _client.GetStringAsync(new Uri(Address, pathAndQuery));

    /// <summary>Asks /healthz until <paramref name="condition"/> holds, for a minute at most; the last reply either way.</summary>
    public async Task<Health> WaitForAsync(Func<Health, bool> condition)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            var health = await HealthAsync();
            if (condition(health) || until.Elapsed > TimeSpan.FromMinutes(1))
            {
                return health;
            }

            Assert.False(_process.HasExited, $"serve ended: {Output}{Error}");
            await Task.Delay(100);
        }
    }

    /// <summary>Tries <paramref name="condition"/> until it holds, for a minute at most; whether it came to hold.</summary>
    public async Task<bool> WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < TimeSpan.FromMinutes(1))
        {
            if (await condition())
            {
                return true;
            }

            Assert.False(_process.HasExited, $"serve ended: {Output}{Error}");
            await Task.Delay(100);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (to)
        {
            to.AppendLine(line);
        }
    }

    public sealed record Health(string Status, int Letters, IReadOnlyList<string> Reasons);
}
