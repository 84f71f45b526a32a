using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>
/// The fingerprint of a set of corpus files, kept as a running total so that adding or removing one file updates it
/// without revisiting the others: each file's relative path, length and last-write time is hashed on its own
/// (SHA-256), the hashes are summed as 256-bit numbers (wrapping, so the order of files never matters), and
/// <see cref="Value"/> hashes the total with the file count and the build of the reading code.
/// </summary>
/// <remarks>
/// This is change detection, not a defence against someone crafting files to collide: two different sets of files
/// share a fingerprint only if their hash totals collide, which for SHA-256 outputs is not a practical concern.
/// </remarks>
internal sealed class CorpusFingerprint
{
    private const int Words = 4;

    private readonly ulong[] _total = new ulong[Words];
    private readonly string _readerIdentity;
    private long _count;

    public CorpusFingerprint(string readerIdentity)
    {
        ArgumentNullException.ThrowIfNull(readerIdentity);
        _readerIdentity = readerIdentity;
    }

    /// <summary>A lowercase hex SHA-256; equal values mean the same files (path, length, time) read by the same code.</summary>
    public string Value
    {
        get
        {
            var identity = Encoding.UTF8.GetBytes(_readerIdentity);
            var buffer = new byte[identity.Length + 8 + (Words * 8)];
            identity.CopyTo(buffer, 0);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(identity.Length), _count);
            for (var i = 0; i < Words; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(identity.Length + 8 + (i * 8)), _total[i]);
            }

            return Convert.ToHexStringLower(SHA256.HashData(buffer));
        }
    }

    public void Add(CorpusFile file) => Accumulate(file, subtract: false);

    /// <summary>Takes a file back out; only meaningful for a file that was added with the same length and time.</summary>
    public void Remove(CorpusFile file) => Accumulate(file, subtract: true);

    public CorpusFingerprint Clone()
    {
        var copy = new CorpusFingerprint(_readerIdentity) { _count = _count };
        _total.CopyTo(copy._total, 0);
        return copy;
    }

    private void Accumulate(CorpusFile file, bool subtract)
    {
        ArgumentNullException.ThrowIfNull(file);

        // NUL cannot occur in a path, so NUL-terminated fields can never run into each other.
        var record = Encoding.UTF8.GetBytes($"{file.RelativePath}\0{file.Length}\0{file.LastWriteTime.UtcTicks}\0");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(record, hash);

        // Subtracting is adding the two's complement: every bit flipped, plus one carried in at the bottom.
        var carry = subtract ? 1UL : 0UL;
        for (var i = 0; i < Words; i++)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(hash[(i * 8)..]);
            if (subtract)
            {
                word = ~word;
            }

            var partial = _total[i] + word;
            var total = partial + carry;
            carry = (partial < word || total < partial) ? 1UL : 0UL;
            _total[i] = total;
        }

        _count += subtract ? -1 : 1;
    }
}
