using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Turns a file's bytes into text, or says in one line why they are not a letter.</summary>
internal static class LetterDecoder
{
    private const int SniffBytes = 8 * 1024;

    // Real letters carry almost no C0 controls besides tab, line ends and form feed (page breaks from PDF
    // conversion); a sample where one byte in ten is one is not text.
    private const int ControlShareDivisor = 10;

    // Letters are mostly ASCII; when more than a third of the bytes are high, the "text" is some other binary format.
    private const int HighShareDivisor = 3;

    /// <summary>
    /// Decodes by BOM (UTF-8, UTF-16 LE/BE), else after a binary sniff as strict UTF-8, falling back to Windows-1252
    /// for text that is not UTF-8 (older Windows exports). The BOM is not part of the text.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryDecodeUtf8(bytes, bomLength: 3, out text, out problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TryDecodeUtf16(bytes, bigEndian: false, out text, out problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryDecodeUtf16(bytes, bigEndian: true, out text, out problem);
        }

        problem = SniffBinary(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        if (problem is not null)
        {
            text = null;
            return false;
        }

        if (TryDecodeUtf8(bytes, bomLength: 0, out text, out problem))
        {
            return true;
        }

        return TryDecodeWindows1252(bytes, out text, out problem);
    }

    private static bool TryDecodeWindows1252(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var high = 0;
        foreach (var b in sample)
        {
            high += b >= 0x80 ? 1 : 0;
        }

        text = high * HighShareDivisor > sample.Length ? null : Windows1252.TryDecode(bytes, out _);
        if (text is not null)
        {
            problem = null;
            return true;
        }

        problem = "binary file (neither UTF-8 nor Windows-1252 text)";
        return false;
    }

    private static string? SniffBinary(ReadOnlySpan<byte> sample)
    {
        if (sample.Contains((byte)0))
        {
            return "binary file (NUL bytes)";
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) || b == 0x7F)
            {
                controls++;
            }
        }

        return controls > 0 && controls * ControlShareDivisor >= sample.Length ? "binary file (control characters)" : null;
    }

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        var body = bytes[bomLength..];

        // UTF-8 never needs more UTF-16 chars than it has bytes.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            // Strict, unlike Encoding.UTF8: an invalid sequence stops the decode and says where it starts.
            var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, charsWritten);
                problem = null;
                return true;
            }

            var offset = bomLength + bytesRead;
            text = null;
            problem = offset < bytes.Length
                ? $"not valid UTF-8 (invalid byte 0x{bytes[offset]:X2} at offset {offset})"
                : $"not valid UTF-8 (truncated at offset {offset})";
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        text = null;
        var body = bytes[2..];
        if (body.Length % 2 != 0)
        {
            problem = "not valid UTF-16 (odd number of bytes)";
            return false;
        }

        var chars = new char[body.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            var unit = body.Slice(i * 2, 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                problem = $"not valid UTF-16 (unpaired surrogate at offset {2 + (i * 2)})";
                return false;
            }
            else if (chars[i] == '\0')
            {
                problem = "binary file (NUL characters)";
                return false;
            }
        }

        text = new string(chars);
        problem = null;
        return true;
    }
}
