using System.Diagnostics.CodeAnalysis;

namespace FoiBot.Ingestion.Corpus;

/// <summary>Where a manifest's columns sit in its header; -1 for a column the table does not have.</summary>
internal sealed record ManifestColumns(int File, int Authority, int Reference, int Date, int SourceAddress)
{
    /// <summary>
    /// The columns, or false and why the header cannot be read: it needs a file column and at least one other it
    /// knows. Columns it does not know (notes, status) are left alone.
    /// </summary>
    public static bool TryFind(IReadOnlyList<string> header, [NotNullWhen(true)] out ManifestColumns? columns, [NotNullWhen(false)] out string? problem)
    {
        var names = header.Select(ManifestHeaders.Normalise).ToList();
        columns = new ManifestColumns(
            IndexOf(names, ManifestHeaders.File),
            IndexOf(names, ManifestHeaders.Authority),
            IndexOf(names, ManifestHeaders.Reference),
            IndexOf(names, ManifestHeaders.Date),
            IndexOf(names, ManifestHeaders.SourceAddress));
        var found = $"found: {string.Join(", ", header.Where(h => h.Length > 0))}";
        if (columns.File < 0)
        {
            problem = $"no column for the file (expected one of: {string.Join(", ", ManifestHeaders.File)}); {found}";
        }
        else if (columns is { Authority: < 0, Reference: < 0, Date: < 0, SourceAddress: < 0 })
        {
            problem = $"no column besides the file (expected one or more of: {ManifestHeaders.Families}); {found}";
        }
        else
        {
            problem = null;
            return true;
        }

        columns = null;
        return false;
    }

    /// <summary>The column of the first name that the header has, so "date" wins over "published" when a table has both.</summary>
    private static int IndexOf(List<string> header, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var index = header.IndexOf(name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }
}
