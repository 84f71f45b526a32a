using System.Xml.Linq;
using FoiBot.Testing;

namespace FoiBot.Indexing.Tests;

/// <summary>
/// The projects' references point one way (files, then records, then index, then answers, then front ends). A new
/// reference fails here until this table says it is meant, so a shortcut back up the layers is a decision, not an accident.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] s_frontEndMay = ["FoiBot.Core", "FoiBot.Ingestion", "FoiBot.Search", "FoiBot.Indexing", "FoiBot.Answering", "FoiBot.Answering.SemanticKernel", "FoiBot.Hosting"];

    private static readonly Dictionary<string, string[]> s_allowed = new(StringComparer.Ordinal)
    {
        ["FoiBot.Core"] = [],

        // Settings sources, options checks and console logging shared by hosts and commands; it knows no FoiBot project.
        ["FoiBot.Hosting"] = [],
        ["FoiBot.Ingestion"] = ["FoiBot.Core"],
        ["FoiBot.Search"] = ["FoiBot.Core"],
        ["FoiBot.Indexing"] = ["FoiBot.Core", "FoiBot.Ingestion", "FoiBot.Search", "FoiBot.Hosting"],
        ["FoiBot.Answering"] = ["FoiBot.Core", "FoiBot.Search"],
        ["FoiBot.Answering.SemanticKernel"] = ["FoiBot.Core", "FoiBot.Search", "FoiBot.Answering", "FoiBot.Hosting"],
        // The sentence-embedding model behind Answering's ISentenceEmbedder; hosts reference it only when built to (167 MB).
        ["FoiBot.Embeddings"] = ["FoiBot.Answering"],
        ["FoiBot.Evaluation"] = ["FoiBot.Core", "FoiBot.Search", "FoiBot.Indexing", "FoiBot.Answering"],

        // The importers write letter files and provenance rows; they read nothing of the index.
        ["FoiBot.Import"] = ["FoiBot.Core"],
        ["FoiBot.Web"] = s_frontEndMay,
        ["FoiBot.Discord"] = s_frontEndMay,
    };

    public static TheoryData<string> Projects() => [.. SourceProjects()];

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferences_OfEachLibrary_AreOnlyTheLayersBelowIt(string project)
    {
        var references = References(project);
        if (project == "FoiBot.Cli")
        {
            return;
        }

        Assert.True(s_allowed.TryGetValue(project, out var allowed), $"{project} is not in the layering table; add it with the references it may have.");
        Assert.All(references, r => Assert.True(allowed.Contains(r), $"{project} references {r}, which its layer may not."));
    }

    [Fact]
    public void ProjectReferences_NoLibrary_ReferencesTheCli()
    {
        var offenders = SourceProjects().Where(p => p != "FoiBot.Cli" && References(p).Contains("FoiBot.Cli")).ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceProjects() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(d => Path.GetFileName(d)).Where(p => File.Exists(Path.Combine(RepoPaths.Root, "src", p, $"{p}.csproj")));

    private static List<string> References(string project)
    {
        var file = Path.Combine(RepoPaths.Root, "src", project, $"{project}.csproj");
        return [.. XDocument.Load(file).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))];
    }
}
