using System.Diagnostics;

namespace FoiBot.Bench.Scale;

/// <summary>One finished child process: its exit code, output, wall time and the highest peak memory seen while it ran.</summary>
internal sealed record ChildRun(int ExitCode, string Output, string Error, TimeSpan Elapsed, long? PeakBytes)
{
    /// <summary>Runs a program to the end, sampling its peak memory every 20 ms (VmHWM only grows, so the last sample is the peak so far).</summary>
    public static ChildRun Start(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = StartInfo(program, arguments, workingDirectory);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long? peak = null;
        while (!process.WaitForExit(20))
        {
            peak = ProcessMemory.PeakBytes(process.Id) ?? peak;
            if (clock.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} ran longer than {timeout}.");
            }
        }

        clock.Stop();
        return new ChildRun(process.ExitCode, output.Result, error.Result, clock.Elapsed, peak);
    }

    /// <summary>How every child is started: output captured, and neither telemetry nor a developer's settings involved.</summary>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }

    public ChildRun EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed (exit {ExitCode}): {Error.Trim()} {Output.Trim()}");
}
