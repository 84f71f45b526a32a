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
        var normalised = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = normalised.Length > 0;
                continue;
            }

            if (space)
            {
                normalised.Append(' ');
                space = false;
            }

            normalised.Append(char.ToLowerInvariant(c));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString())));
    }
}
