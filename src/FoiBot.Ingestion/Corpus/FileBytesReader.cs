namespace FoiBot.Ingestion.Corpus;

/// <summary>Reads a whole file, but never more than a limit, even when the file grows while it is read.</summary>
internal static class FileBytesReader
{
    private const int ChunkBytes = 1024 * 1024;

    /// <summary>False when the file holds more than <paramref name="limit"/> bytes; <paramref name="length"/> is then its length.</summary>
    public static bool TryRead(string path, long expectedLength, long limit, CancellationToken cancellationToken, out ArraySegment<byte> bytes, out long length)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,

            // Letters are read while editors, sync clients or a re-export may hold them open.
            Share = FileShare.ReadWrite | FileShare.Delete,
            Options = FileOptions.SequentialScan,
            BufferSize = 0,
        };

        using var stream = new FileStream(path, options);
        var buffer = new byte[Math.Clamp(expectedLength, 1, limit)];
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == buffer.Length)
            {
                if (buffer.Length >= limit)
                {
                    if (stream.ReadByte() < 0)
                    {
                        break;
                    }

                    bytes = default;
                    length = Math.Max(stream.Length, limit + 1);
                    return false;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = stream.Read(buffer, total, Math.Min(buffer.Length - total, ChunkBytes));
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        bytes = new ArraySegment<byte>(buffer, 0, total);
        length = total;
        return true;
    }
}
