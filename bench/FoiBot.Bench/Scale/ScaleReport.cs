using System.Globalization;
using System.Text;

namespace FoiBot.Bench.Scale;

/// <summary>Renders every saved size as one markdown table (FoiBot, peer, ratio per size) and a latency plot.</summary>
internal static class ScaleReport
{
    public const string PlotFile = "latency-vs-size.svg";
    public const string TableFile = "scale.md";

    /// <summary>Writes the table and plot into the results folder and, when given, the README's marked section; returns the table.</summary>
    public static string Write(string resultsFolder, string? readme)
    {
        var results = ScaleResults.Load(resultsFolder);
        var table = Table(results);
        File.WriteAllText(Path.Combine(resultsFolder, TableFile), table);
        File.WriteAllText(Path.Combine(resultsFolder, PlotFile), LatencyPlot.Render(results));
        if (readme is not null)
        {
            var plot = Path.GetRelativePath(Path.GetDirectoryName(readme)!, Path.Combine(resultsFolder, PlotFile)).Replace('\\', '/');
            var section = $"{table}\n![ask and search latency against corpus size, FoiBot and the FTS5 peer]({plot})\n";
            File.WriteAllText(readme, ReadmeSection.Replace(File.ReadAllText(readme), section));
        }

        return table;
    }

    public static string Table(IReadOnlyList<ScaleResult> results)
    {
        var text = new StringBuilder();
        if (results.Count == 0)
        {
            return "No scale results yet.\n";
        }

        text.Append("| measure |");
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture, $" {Size(r.Letters)} FoiBot | {Size(r.Letters)} peer | ratio |");
        }

        text.Append('\n').Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|---:|---:|", results.Count))).Append('\n');
        foreach (var row in ScaleRows.All(results))
        {
            text.Append("| ").Append(row.Name).Append(" |");
            foreach (var r in results)
            {
                var (foibot, peer) = row.Values(r);
                text.Append(' ').Append(Format(foibot, row.Format)).Append(" | ").Append(Format(peer, row.Format)).Append(" | ").Append(Ratio(foibot, peer)).Append(" |");
            }

            text.Append('\n');
        }

        var first = results[0];
        text.Append('\n').Append(CultureInfo.InvariantCulture, $"Measured {string.Join(", ", results.Select(r => $"{Size(r.Letters)} on {r.MeasuredAt:yyyy-MM-dd}"))}; {first.Machine}. ");
        text.Append(CultureInfo.InvariantCulture, $"{first.FoiBotQuery.Questions} questions, {first.FoiBotQuery.Concurrent.FirstOrDefault()?.Callers}–{first.FoiBotQuery.Concurrent.LastOrDefault()?.Callers} concurrent callers. ");
        text.Append("Ratio is FoiBot / peer. FoiBot's ask is a whole answer (retrieval, evidence scoring, quote choice); the peer's is its best 40 passages. ");
        text.Append(CultureInfo.InvariantCulture, $"FoiBot ingest: {first.FoiBotIngest.What}. Peer ingest: {first.PeerIngest.What}.\n");
        return text.ToString();
    }

    internal static string Size(int letters) => letters switch
    {
        >= 1_000_000 when letters % 1_000_000 == 0 => $"{letters / 1_000_000}M",
        >= 1_000 when letters % 1_000 == 0 => $"{letters / 1_000}k",
        _ => letters.ToString(CultureInfo.InvariantCulture),
    };

    private static string Format(double? value, string format) =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string Ratio(double? foibot, double? peer) =>
        foibot is { } f && peer is { } p && p > 0 && !double.IsNaN(f) ? (f / p).ToString("F2", CultureInfo.InvariantCulture) : "–";
}
