namespace FoiBot.Ingestion.Corpus;

/// <summary>Where the columns a manifest needs sit in its header; -1 for the optional source address when absent.</summary>
internal sealed record ManifestColumns(int File, int Authority, int Reference, int Date, int SourceAddress)
{
    public const string Required = "file, authority, ref, date";

    /// <summary>The columns, or null when the header lacks one of <see cref="Required"/>. Headers match case-insensitively.</summary>
    public static ManifestColumns? Find(IReadOnlyList<string> header)
    {
        var file = IndexOf(header, "file");
        var authority = IndexOf(header, "authority");
        var reference = IndexOf(header, "ref", "reference");
        var date = IndexOf(header, "date");
        var source = IndexOf(header, "source address", "source");
        return file < 0 || authority < 0 || reference < 0 || date < 0
            ? null
            : new ManifestColumns(file, authority, reference, date, source);
    }

    private static int IndexOf(IReadOnlyList<string> header, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
