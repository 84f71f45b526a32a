using System.Globalization;
using System.Text;

namespace FoiBot.Evaluation;

/// <summary>Renders a pair report for a person: each failed check on its own line, then the totals.</summary>
public static class PairTable
{
    public static string Render(PairReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var f in report.Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.File}: {f.Check}: expected {f.Expected}; got {f.Got}");
        }

        if (report.Failures.Count > 0)
        {
            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Letters: {report.Letters} ({report.Skipped} skipped)");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Pairs materially right: {Share(report.PairsRight, report.Letters)} letters; recorded pairs found {report.PairsFound}/{report.PairsExpected}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Authority: {Share(report.AuthorityRight, report.AuthorityChecked)} right, {report.AuthorityThirdParty} third party, {report.AuthorityNone} none");
        text.AppendLine(CultureInfo.InvariantCulture, $"Reference: {Share(report.RefRight, report.RefChecked)} right");
        text.AppendLine(CultureInfo.InvariantCulture, $"Date: {Share(report.DateRight, report.DateChecked)} right");
        return text.ToString();
    }

    /// <summary>"3/4 (75%)"; "0/0" alone, as a share of nothing is no figure.</summary>
    private static string Share(int count, int of) =>
        of == 0 ? "0/0" : string.Create(CultureInfo.InvariantCulture, $"{count}/{of} ({100.0 * count / of:F0}%)");
}
