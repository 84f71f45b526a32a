using System.Xml.Linq;
using FoiBot.Bench.Scale;
using FoiBot.Testing;

namespace FoiBot.Bench.Tests;

public sealed class ScaleReportTests
{
    [Fact]
    public void Table_TwoSizes_ShowsEachSystemAndTheRatio()
    {
        var table = ScaleReport.Table([SampleResults.For(10_000, 2), SampleResults.For(100_000, 4)]);

        Assert.Contains("| measure | 10k FoiBot | 10k peer | ratio | 100k FoiBot | 100k peer | ratio |", table);
        // FoiBot's ask p50 is twice the peer's in the samples: 2 ms against 1 ms at 10k.
        Assert.Contains("| ask p50 (ms, 1 thread) | 2.00 | 1.00 | 2.00 | 4.00 | 2.00 | 2.00 |", table);
        Assert.Contains("| cold `foibot ask`, median (ms) | 400 | – | – |", table);
        Assert.Contains("| asks/s, 4 callers |", table);
    }

    [Fact]
    public void Render_TwoSizes_IsWellFormedSvgWithAPointPerSizeInEachSeries()
    {
        var svg = XDocument.Parse(LatencyPlot.Render([SampleResults.For(10_000, 2), SampleResults.For(100_000, 4)]));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var lines = svg.Descendants(ns + "polyline").ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines, line => Assert.Equal(2, line.Attribute("points")!.Value.Split(' ').Length));
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "100k");
    }

    [Fact]
    public void Write_ReadmeWithMarkers_ReplacesOnlyTheSection()
    {
        using var temp = new TempDirectory();
        var results = temp.Combine("docs", "bench");
        ScaleResults.Save(results, SampleResults.For(10_000, 2));
        var readme = temp.Combine("README.md");
        File.WriteAllText(readme, $"# Title\n\nBefore.\n{ReadmeSection.Begin}\nold table\n{ReadmeSection.End}\nAfter.\n");

        ScaleReport.Write(results, readme);

        var text = File.ReadAllText(readme);
        Assert.StartsWith("# Title\n\nBefore.\n", text);
        Assert.EndsWith($"{ReadmeSection.End}\nAfter.\n", text);
        Assert.DoesNotContain("old table", text);
        Assert.Contains("](docs/bench/latency-vs-size.svg)", text);
        Assert.True(File.Exists(Path.Combine(results, ScaleReport.PlotFile)));
    }

    [Fact]
    public void Replace_ReadmeWithoutMarkers_SaysWhichMarkersAreMissing()
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadmeSection.Replace("# Title\n", "table"));

        Assert.Contains("scale:begin", error.Message);
    }

    [Fact]
    public void Load_SavedResultsAndACorruptFile_NamesTheCorruptFile()
    {
        using var temp = new TempDirectory();
        ScaleResults.Save(temp.Path, SampleResults.For(100_000, 4));
        ScaleResults.Save(temp.Path, SampleResults.For(10_000, 2));
        Assert.Equal([10_000, 100_000], ScaleResults.Load(temp.Path).Select(r => r.Letters));

        File.WriteAllText(temp.Combine("scale-5.json"), "{ not json");
        var error = Assert.Throws<InvalidDataException>(() => ScaleResults.Load(temp.Path));
        Assert.Contains("scale-5.json", error.Message);
    }
}
