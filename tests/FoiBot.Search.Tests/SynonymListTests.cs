using System.Reflection;

namespace FoiBot.Search.Tests;

/// <summary>The shipped FOI synonym list as data: well formed, and reaching the letters' words from the public's.</summary>
public sealed class SynonymListTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Theory]
    [InlineData("face ID cameras", "facial recognit")]
    [InlineData("number-plate cameras", "anpr")]
    [InlineData("chest cameras", "bodi worn camera")]
    [InlineData("public loos", "public conveni")]
    [InlineData("has the council been hacked", "cyber attack")]
    [InlineData("sick days", "sick absenc")]
    [InlineData("bailiffs", "enforc agent")]
    [InlineData("dumped rubbish", "fly tip")]
    [InlineData("weedkiller", "glyphos")]
    [InlineData("car chargers", "electr vehicl")]
    [InlineData("B&B", "temporari accommod")]
    [InlineData("parking fines", "pcn")]
    [InlineData("computers screening job applicants", "recruit")]
    [InlineData("free school meals", "school meal")]
    public void AnalyzeQuery_PublicsWording_ExpandsToTheLettersWording(string asked, string expected)
    {
        var terms = _index.Index.AnalyzeQuery(asked).Select(t => t.Term);

        Assert.Contains(expected, terms);
    }

    [Fact]
    public void ShippedList_EveryGroupHasTwoPhrasesAndEveryTopicAreaHasGroups()
    {
        var lines = ReadShippedList();
        var groups = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var headings = lines.Where(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.Contains('.', StringComparison.Ordinal)).ToList();

        Assert.All(groups, g => Assert.True(g.Split(',').Count(p => p.Trim().Length > 0) >= 2, $"group with one phrase: {g}"));
        string[] areas = ["Surveillance", "Cyber", "AI", "Housing", "Highways", "Waste", "Parking", "Licensing", "Finance", "Staff", "Health", "Planning", "Education"];
        Assert.All(areas, area => Assert.Contains(headings, h => h.Contains(area, StringComparison.Ordinal)));
        Assert.True(groups.Count >= 90, $"{groups.Count} groups");
    }

    [Fact]
    public void ShippedList_NoPhraseIsInTwoGroups()
    {
        var phrases = ReadShippedList()
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(g => g.Split(',').Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct())
            .ToList();

        Assert.Empty(phrases.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    public void Dispose() => _index.Dispose();

    private static List<string> ReadShippedList()
    {
        var assembly = typeof(LetterIndex).Assembly;
        using var stream = assembly.GetManifestResourceStream("FoiBot.Search.Analysis.synonyms.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).ToList();
    }
}
