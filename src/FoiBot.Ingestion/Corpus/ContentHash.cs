using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>
/// A letter's identity: SHA-256 over its words, case-folded and single-spaced. The same letter saved as .txt, as a web
/// page and as a PDF differs only in line breaks and spacing, so all three hash the same and are indexed once.
/// </summary>
internal static class ContentHash
{
    public static string Of(string text)
    {
        // Pooled buffers: every letter is hashed, and the folded copy and its bytes are garbage straight away.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        byte[]? bytes = null;
        try
        {
            var length = 0;
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }

                // A space is only written for whitespace already read, so the folded text is never longer than the original.
                if (space)
                {
                    chars[length++] = ' ';
                    space = false;
                }

                chars[length++] = char.ToLowerInvariant(c);
            }

            var folded = chars.AsSpan(0, length);
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxByteCount(length), 1));
            var written = Encoding.UTF8.GetBytes(folded, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
