using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Removes what is not answer from answer lines: a leading reference label, acknowledgement and process sentences,
/// and a line the next one repeats in full.
/// </summary>
internal static partial class AnswerCleaner
{
    public static string Clean(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        foreach (var raw in lines)
        {
            var line = AnswerLabel().Replace(LeadingReference().Replace(raw, ""), "");
            var text = Procedure.Without(line);
            if (text.Length == 0)
            {
                continue;
            }

            if (kept.Count > 0 && text.Length > kept[^1].Length && text.StartsWith(kept[^1], StringComparison.Ordinal))
            {
                kept[^1] = text;
                continue;
            }

            kept.Add(text);
        }

        return string.Join("\n", kept);
    }

    [GeneratedRegex(@"^\(?(?:Our|TfL|FOI|EIR|Council)\s+Ref(?:erence)?\s*[:.]?\s*[A-Za-z]{0,8}[-_]?\d[\w\-/]*\)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingReference();

    // "A1: 45.", "A.4 No", "A: No" or "Response 2: No." in letters that label each answer.
    [GeneratedRegex(@"^(?:(?:A\s?\d{1,2}|Answer(?:\s*\d{1,2})?|Response\s*\d{1,2})\s*[.:)\-–/]\s*|(?-i:A)\.\d{1,2}[a-h]?(?:\s*[.:)\-–/])?\s+|(?-i:A)\s*:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();

}
