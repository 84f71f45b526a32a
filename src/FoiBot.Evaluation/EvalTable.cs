using System.Globalization;
using System.Text;

namespace FoiBot.Evaluation;

/// <summary>Renders a report as a Markdown table: overall first, then each kind, every system on its own row.</summary>
public static class EvalTable
{
    public static string Render(EvalReport report)
    {
        var first = report.Systems[0].Overall;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{first.Questions} questions ({first.Answerable} answerable, {first.Unanswerable} unanswerable) over {report.Letters} letters.");
        text.AppendLine();
        text.AppendLine("| questions | n | system | recall@1 | recall@5 | MRR | citation precision | abstention accuracy | false abstention |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        AppendRows(text, "all", report.Systems.Select(s => (s.System, s.Overall)));
        var kinds = report.Systems.SelectMany(s => s.ByKind.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            AppendRows(text, kind, report.Systems.Where(s => s.ByKind.ContainsKey(kind)).Select(s => (s.System, s.ByKind[kind])));
        }

        return text.ToString();
    }

    private static void AppendRows(StringBuilder text, string group, IEnumerable<(string System, EvalMetrics Metrics)> rows)
    {
        foreach (var (system, m) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group} | {m.Questions} | {system} | {F(m.RecallAt1)} | {F(m.RecallAt5)} | {F(m.Mrr)} | {F(m.CitationPrecision)} | {F(m.AbstentionAccuracy)} | {F(m.FalseAbstention)} |");
        }
    }

    private static string F(double? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? "–";
}
