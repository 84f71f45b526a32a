using System.Globalization;
using System.Text;

namespace FoiBot.Bench.Scale;

/// <summary>An SVG line chart of single-thread latency against corpus size, both axes logarithmic, with the issue's targets.</summary>
internal static class LatencyPlot
{
    private const double Width = 760, Height = 440, Left = 70, Right = 210, Top = 40, Bottom = 60;

    private static readonly (string Name, string Colour, bool Dashed, Func<ScaleResult, double> Value)[] s_series =
    [
        ("FoiBot ask p50", "#1f5fbf", false, r => r.FoiBotQuery.AskP50Ms),
        ("FoiBot ask p99", "#1f5fbf", true, r => r.FoiBotQuery.AskP99Ms),
        ("FoiBot search p50", "#2e8b57", false, r => r.FoiBotQuery.SearchP50Ms),
        ("FTS5 peer p50", "#d2691e", false, r => r.PeerQuery.AskP50Ms),
        ("FTS5 peer p99", "#d2691e", true, r => r.PeerQuery.AskP99Ms),
    ];

    private static readonly (string Name, double Ms)[] s_targets = [("target p50 at 100k: 10 ms", 10), ("target p99 at 100k: 50 ms", 50)];

    public static string Render(IReadOnlyList<ScaleResult> results)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\">Single-thread latency against corpus size (log–log)</text>\n");
        if (results.Count == 0)
        {
            return svg.Append("<text x=\"70\" y=\"80\">No results yet.</text>\n</svg>\n").ToString();
        }

        var values = results.SelectMany(r => s_series.Select(s => s.Value(r))).Concat(s_targets.Select(t => t.Ms)).Where(v => v > 0 && !double.IsNaN(v)).ToList();
        var (yLow, yHigh) = (Math.Floor(Math.Log10(values.Min())), Math.Ceiling(Math.Log10(values.Max())));
        var (xLow, xHigh) = (Math.Log10(results[0].Letters) - 0.25, Math.Log10(results[^1].Letters) + 0.25);
        double X(double letters) => Left + (Math.Log10(letters) - xLow) / (xHigh - xLow) * (Width - Left - Right);
        double Y(double ms) => Height - Bottom - (Math.Log10(ms) - yLow) / Math.Max(yHigh - yLow, 1) * (Height - Top - Bottom);

        Axes(svg, results, yLow, yHigh, X, Y);
        foreach (var (name, ms) in s_targets)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(ms):F1}\" y2=\"{Y(ms):F1}\" stroke=\"#999\" stroke-dasharray=\"2,4\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 6}\" y=\"{Y(ms) + 4:F1}\" fill=\"#666\" font-size=\"11\">{name}</text>\n");
        }

        var legendY = Top + 120.0;
        foreach (var (name, colour, dashed, value) in s_series)
        {
            var points = results.Where(r => value(r) > 0).Select(r => $"{X(r.Letters):F1},{Y(value(r)):F1}").ToList();
            var dash = dashed ? " stroke-dasharray=\"7,4\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash} points=\"{string.Join(' ', points)}\"/>\n");
            foreach (var point in points)
            {
                var xy = point.Split(',');
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{colour}\"/>\n");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Width - Right + 6}\" x2=\"{Width - Right + 34}\" y1=\"{legendY:F1}\" y2=\"{legendY:F1}\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 40}\" y=\"{legendY + 4:F1}\">{name}</text>\n");
            legendY += 20;
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static void Axes(StringBuilder svg, IReadOnlyList<ScaleResult> results, double yLow, double yHigh, Func<double, double> x, Func<double, double> y)
    {
        var (bottom, right) = (Height - Bottom, Width - Right);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"black\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{bottom}\" stroke=\"black\"/>\n");
        for (var decade = yLow; decade <= yHigh; decade++)
        {
            var ms = Math.Pow(10, decade);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{right}\" y1=\"{y(ms):F1}\" y2=\"{y(ms):F1}\" stroke=\"#eee\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y(ms) + 4:F1}\" text-anchor=\"end\">{ms.ToString("0.###", CultureInfo.InvariantCulture)}</text>\n");
        }

        foreach (var result in results)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x(result.Letters):F1}\" y=\"{bottom + 18}\" text-anchor=\"middle\">{ScaleReport.Size(result.Letters)}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + right) / 2}\" y=\"{Height - 18}\" text-anchor=\"middle\">letters in the corpus</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(18,{(Top + bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">milliseconds</text>\n");
    }
}
