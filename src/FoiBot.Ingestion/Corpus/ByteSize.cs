using System.Globalization;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Sizes as a person reads them in a skip reason: "512 bytes", "1.5 KB", "16 MB", "1.0 GB" (binary units).</summary>
internal static class ByteSize
{
    private static readonly string[] s_units = ["KB", "MB", "GB", "TB", "PB"];

    public static string Format(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes == 1 ? "1 byte" : $"{bytes} bytes";
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < s_units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        // One decimal only where it carries information: "1.5 GB", but "16 MB" rather than "16.0 MB".
        var format = value < 10 ? "0.0" : "0";
        return value.ToString(format, CultureInfo.InvariantCulture) + " " + s_units[unit];
    }
}
