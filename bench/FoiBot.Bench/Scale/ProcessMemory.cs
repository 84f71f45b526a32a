using System.Globalization;

namespace FoiBot.Bench.Scale;

/// <summary>Peak resident memory as Linux reports it (VmHWM in /proc/PID/status); null where there is no /proc.</summary>
internal static class ProcessMemory
{
    public static long? PeakBytes(int? processId = null) =>
        Read(processId is { } id ? $"/proc/{id.ToString(CultureInfo.InvariantCulture)}/status" : "/proc/self/status", "VmHWM:");

    /// <summary>The value of one "Name:   123 kB" line of a /proc status text, in bytes.</summary>
    public static long? Parse(string status, string field)
    {
        foreach (var line in status.Split('\n'))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line[field.Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 1 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }

        return null;
    }

    private static long? Read(string path, string field)
    {
        try
        {
            return Parse(File.ReadAllText(path), field);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process has ended, or this is not Linux.
            return null;
        }
    }
}
