using System.IO.Compression;
using System.Text;

namespace FoiBot.Ingestion.Tests.Formats;

/// <summary>
/// Files made to hurt a reader, written at test time: a cut-off PDF, a password-protected PDF, a .docx zip bomb,
/// HTML nested past any sane depth, and bytes that are no text in any encoding.
/// </summary>
internal static class HostileFiles
{
    /// <summary>A real PDF cut off halfway, as an interrupted download leaves it.</summary>
    public static byte[] TruncatedPdf(byte[] pdf) => pdf[..(pdf.Length / 2)];

    /// <summary>
    /// A PDF whose trailer names the standard security handler with a user password; PdfPig cannot write one, so
    /// the encryption dictionary is added by hand. Its O and U entries match no password, the empty one included.
    /// </summary>
    public static byte[] EncryptedPdf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var open = text.IndexOf("<<", trailer, StringComparison.Ordinal);
        var key = new string('A', 64);
        var encrypt = $" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{key}> /U <{new string('B', 64)}> >> /ID [<{key[..32]}> <{key[..32]}>] ";
        return Encoding.Latin1.GetBytes(text[..(open + 2)] + encrypt + text[(open + 2)..]);
    }

    /// <summary>A .docx-shaped zip whose document part inflates to <paramref name="uncompressedBytes"/> of one repeated byte.</summary>
    public static byte[] DocxZipBomb(long uncompressedBytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (long written = 0; written < uncompressedBytes; written += block.Length)
            {
                entry.Write(block, 0, (int)Math.Min(block.Length, uncompressedBytes - written));
            }
        }

        return stream.ToArray();
    }

    public static string NestedHtml(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Our ref: 1" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    /// <summary>Bytes that are neither UTF-8 nor Windows-1252 text: seeded noise in the high half, no NUL or control bytes to give it away early.</summary>
    public static byte[] InvalidUtf8(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[4096];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.Next(0x80, 0x100);
        }

        return bytes;
    }
}
