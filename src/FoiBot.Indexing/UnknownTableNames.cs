using FoiBot.Core.Authorities;
using FoiBot.Ingestion.Corpus;

namespace FoiBot.Indexing;

/// <summary>
/// Names in a provenance table that no authority in the catalog matches, even loosely: questions about them would find
/// nothing, so each is reported with its table, as `index` and `ask` show unread tables, rather than kept silently.
/// </summary>
internal static class UnknownTableNames
{
    /// <summary>How many of a name's letters a warning lists before saying how many more there are.</summary>
    private const int FilesNamed = 3;

    public static List<SkippedFile> Of(CorpusScan scan, AuthorityCatalog catalog) =>
        [.. scan.Manifest
            .Where(e => !string.IsNullOrWhiteSpace(e.Authority))
            .GroupBy(e => (e.ManifestPath, Name: e.Authority!.Trim()))
            .Where(g => catalog.ResolveLoosely(g.Key.Name) is null)
            .Select(g => new SkippedFile(g.Key.ManifestPath, Describe(g.Key.Name, [.. g.Select(e => Path.GetFileName(e.RelativePath))])))];

    private static string Describe(string name, List<string> files)
    {
        var listed = string.Join(", ", files.Take(FilesNamed)) + (files.Count > FilesNamed ? $" and {files.Count - FilesNamed} more" : string.Empty);
        return $"names '{name}' (for {listed}), which is no authority FoiBot knows; "
            + "those letters keep the authority they name themselves, or this name as written when they name none";
    }
}
