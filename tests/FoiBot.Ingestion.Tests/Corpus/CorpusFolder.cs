using FoiBot.Testing;

namespace FoiBot.Ingestion.Tests.Corpus;

/// <summary>Writes test files into a temp folder, creating subfolders as needed.</summary>
internal static class CorpusFolder
{
    /// <summary>The smallest SOURCES.md header a manifest needs, with its delimiter row.</summary>
    public const string ManifestHeader = "| file | authority | ref | date |\n|---|---|---|---|\n";

    public static string Write(this TempDirectory folder, string relativePath, byte[] bytes)
    {
        var path = folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string Write(this TempDirectory folder, string relativePath, string text) =>
        folder.Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));
}
