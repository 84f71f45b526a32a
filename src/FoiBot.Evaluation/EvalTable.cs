using System.Globalization;
using System.Text;

namespace FoiBot.Evaluation;

/// <summary>
/// Renders a report as Markdown tables, overall first, then each kind, every system on its own row: retrieval and
/// abstention figures, then what the answers show (verdict, key figure, quotes), each with the count it is measured
/// on, since those counts are subsets and differ per figure.
/// </summary>
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
        AppendRows(text, report, m =>
            $"{F(m.RecallAt1)} | {F(m.RecallAt5)} | {F(m.Mrr)} | {F(m.CitationPrecision)} | {F(m.AbstentionAccuracy)} | {F(m.FalseAbstention)}");
        text.AppendLine();
        text.AppendLine("| questions | n | system | verdict accuracy (of n) | key shown (of n) | useful quotes (of n) |");
        text.AppendLine("|---|---|---|---|---|---|");
        AppendRows(text, report, m =>
            $"{F(m.VerdictAccuracy, m.VerdictQuestions)} | {F(m.KeyShown, m.KeyQuestions)} | {F(m.UsefulQuotes, m.Quotes)}");
        foreach (var system in report.Systems.Where(s => s.Overall.KeyMisses.Count > 0))
        {
            var misses = KeyMiss.Kinds.Where(system.Overall.KeyMisses.ContainsKey).Select(k => $"{system.Overall.KeyMisses[k]} {k}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Keys {system.System} did not show: {string.Join("; ", misses)}.");
        }

        return text.ToString();
    }

    private static void AppendRows(StringBuilder text, EvalReport report, Func<EvalMetrics, string> cells)
    {
        AppendRows(text, "all", report.Systems.Select(s => (s.System, s.Overall)), cells);
        var kinds = report.Systems.SelectMany(s => s.ByKind.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            AppendRows(text, kind, report.Systems.Where(s => s.ByKind.ContainsKey(kind)).Select(s => (s.System, s.ByKind[kind])), cells);
        }
    }

    private static void AppendRows(StringBuilder text, string group, IEnumerable<(string System, EvalMetrics Metrics)> rows, Func<EvalMetrics, string> cells)
    {
        foreach (var (system, m) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {group} | {m.Questions} | {system} | {cells(m)} |");
        }
    }

    private static string F(double? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? "–";

    private static string F(double? value, int count) => value is null ? "–" : string.Create(CultureInfo.InvariantCulture, $"{F(value)} ({count})");
}
