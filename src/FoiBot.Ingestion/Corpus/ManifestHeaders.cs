using System.Text;

namespace FoiBot.Ingestion.Corpus;

/// <summary>
/// The header names a provenance table may give each column, as people write them ("Ref (as in file name)",
/// "Date published", "Public body"). Names are compared after <see cref="Normalise"/>; each family's first name wins
/// when a table has two of its names.
/// </summary>
internal static class ManifestHeaders
{
    public static readonly IReadOnlyList<string> File = ["file", "filename", "file name", "document", "letter"];

    public static readonly IReadOnlyList<string> Authority = ["authority", "public body", "council", "organisation", "organization", "body"];

    public static readonly IReadOnlyList<string> Reference = ["ref", "reference", "reference number", "our ref", "request id", "foi ref"];

    public static readonly IReadOnlyList<string> Date = ["date", "response date", "date of response", "published", "date published", "response"];

    public static readonly IReadOnlyList<string> SourceAddress = ["source address", "source", "url", "link", "address"];

    /// <summary>The columns besides the file, by their plainest names, for a problem to list.</summary>
    public const string Families = "authority, ref, date, source address";

    public static bool IsFile(string header) => File.Contains(Normalise(header));

    /// <summary>
    /// Lower case, without parenthetical notes ("ref (as in file name)" is "ref") or punctuation ("Status / notes" is
    /// "status notes", "**File**" is "file"), words single-spaced.
    /// </summary>
    public static string Normalise(string header)
    {
        var text = new StringBuilder(header.Length);
        var depth = 0;
        foreach (var c in header)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
