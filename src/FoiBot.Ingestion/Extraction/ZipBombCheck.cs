using System.IO.Compression;
using FoiBot.Ingestion.Corpus;

namespace FoiBot.Ingestion.Extraction;

/// <summary>
/// Refuses an archive that would unpack to more than the limits allow. The sizes an archive declares can lie, so
/// every entry is also inflated (into nothing) and counted, stopping as soon as the total passes the limit.
/// </summary>
internal static class ZipBombCheck
{
    public static string? Problem(ReadOnlyMemory<byte> bytes, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
        if (archive.Entries.Count > limits.MaxArchiveEntries)
        {
            return $"archive has too many parts ({archive.Entries.Count}; limit {limits.MaxArchiveEntries})";
        }

        var declared = archive.Entries.Sum(e => e.Length);
        if (declared > limits.MaxUncompressedBytes)
        {
            return TooLarge(declared, limits);
        }

        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > limits.MaxUncompressedBytes)
                {
                    return TooLarge(total, limits);
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return null;
    }

    private static string TooLarge(long bytes, ExtractionLimits limits) =>
        $"unpacks to more than the limit (at least {ByteSize.Format(bytes)}; limit {ByteSize.Format(limits.MaxUncompressedBytes)}): a zip bomb?";
}
