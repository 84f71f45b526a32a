namespace FoiBot.Ingestion.Corpus;

/// <summary>
/// Windows-1252, the encoding older Windows tools save letters in. Written out rather than taken from the code-pages
/// provider so that its five undefined bytes are refused instead of passed through.
/// </summary>
internal static class Windows1252
{
    // 0x80-0x9F; '\0' marks the bytes the code page leaves undefined. Every other byte is its Latin-1 code point.
    private const string HighControls =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>The text, or -1 and the offset of the first byte Windows-1252 does not define.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out int badOffset)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;
            if (c == '\0')
            {
                badOffset = i;
                return null;
            }

            chars[i] = c;
        }

        badOffset = -1;
        return new string(chars);
    }
}
