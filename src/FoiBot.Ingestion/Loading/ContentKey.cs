using System.Buffers.Binary;

namespace FoiBot.Ingestion.Loading;

/// <summary>A content hash as 32 bytes rather than a 64-character string: the dedup set of a million-letter corpus stays small.</summary>
internal readonly record struct ContentKey(UInt128 High, UInt128 Low)
{
    public static ContentKey From(string hexHash)
    {
        Span<byte> bytes = stackalloc byte[32];
        var status = Convert.FromHexString(hexHash, bytes, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != bytes.Length)
        {
            throw new ArgumentException("not a SHA-256 hex digest", nameof(hexHash));
        }

        return new ContentKey(BinaryPrimitives.ReadUInt128BigEndian(bytes[..16]), BinaryPrimitives.ReadUInt128BigEndian(bytes[16..]));
    }
}
