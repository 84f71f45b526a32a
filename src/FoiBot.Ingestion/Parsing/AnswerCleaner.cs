using FoiBot.Core.Text;
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
            var sentences = Sentences.Split(line).Where(s => !ProceduralSentence().IsMatch(s)).ToList();
            var text = string.Join(" ", sentences);
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

    // "A1: 45." or "Response 2: No." in letters that label each answer.
    [GeneratedRegex(@"^(?:A\s?\d{1,2}|Answer(?:\s*\d{1,2})?|Response\s*\d{1,2})\s*[.:)\-–/]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();

    /// <summary>A line without its acknowledgement and process sentences; empty when that is all it was.</summary>
    public static string WithoutProcedure(string line) =>
        string.Join(" ", Sentences.Split(line).Where(s => !ProceduralSentence().IsMatch(s)));

    [GeneratedRegex(@"^(?:Thank you for your (?:requests?|email|e-mail|letter|enquiry)\b.*|(?:Your|This|These|The) (?:\w+ )?requests? (?:has|have) been (?:considered|processed|dealt with|handled)\b.*|(?:We|I) have (?:now )?(?:processed|considered) (?:this|your) requests?\b.*|I can confirm (?:that )?(?:we|the council|TfL) (?:do(?:es)? )?holds? (?:some of |all of |part of )?the information(?: you (?:require|requested|have requested))?\.?|.*\brequired to deal with your request under\b.*|I refer to your (?:request|e-?mail|letter)\b.*|(?:I|We) (?:confirm|acknowledge) (?:receipt|that we have received|your request)\b.*|(?:We are|I am) (?:currently )?considering your request\b.*|.*\bfee (?:may|might|will) be (?:payable|charged)\b.*|.*\bentitled to charge a fee\b.*|Your request is (?:being|now being) (?:considered|processed|dealt with)\b.*|.*\b(?:will|aim to|should) (?:respond|reply|receive a (?:response|reply))\b.{0,40}\bwithin\b.*|.*\b(?:20|twenty) working days\b.*|Your request was received on\b.*|.*\bI am dealing with it under\b.*|Your request for information has (?:now )?been considered\b.*|.*\bsection 39\(2\).*\bso that we do not (?:also )?have to deal with\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProceduralSentence();
}
