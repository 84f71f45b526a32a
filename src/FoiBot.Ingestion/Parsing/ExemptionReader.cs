using FoiBot.Core.Text;
using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Ingestion.Parsing;

/// <summary>Reads the exemptions an answer cites, as "FOIA s12", "FOISA s38(1)(b)", "EIR reg 12(4)(b)".</summary>
internal static partial class ExemptionReader
{
    // Sections that create exemptions or refusal grounds; s16 (advice), s17 FOIA (refusal notice) and s50 (appeal) do not.
    private static readonly HashSet<int> s_foia = [12, 14, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44];
    private static readonly HashSet<int> s_foisa = [12, 14, 17, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41];

    public static IReadOnlyList<string> Read(string answer, AccessLaw law)
    {
        var found = new List<string>();
        foreach (var sentence in Sentences.Split(answer))
        {
            // Every citation has a number; a sentence without a digit cites nothing and needs no reading.
            if (!sentence.AsSpan().ContainsAnyInRange('0', '9') || ExemptionDisclaimer.IsDisclaimed(sentence))
            {
                continue;
            }

            var scottish = law is AccessLaw.Foisa or AccessLaw.Eisr || sentence.Contains("(Scotland)", StringComparison.OrdinalIgnoreCase) || sentence.Contains("FOISA", StringComparison.Ordinal);
            foreach (Match m in Section().Matches(sentence))
            {
                var number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (!(scottish ? s_foisa : s_foia).Contains(number))
                {
                    continue;
                }

                var act = scottish ? "FOISA" : "FOIA";
                Add(found, $"{act} s{number}{m.Groups["sub"].Value.Replace(" ", "", StringComparison.Ordinal)}");
                for (var k = 0; k < m.Groups["also"].Captures.Count; k++)
                {
                    var also = int.Parse(m.Groups["also"].Captures[k].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if ((scottish ? s_foisa : s_foia).Contains(also))
                    {
                        Add(found, $"{act} s{also}{m.Groups["alsosub"].Captures[k].Value.Replace(" ", "", StringComparison.Ordinal)}");
                    }
                }

                foreach (Capture extra in m.Groups["more"].Captures)
                {
                    var parent = Regex.Replace(m.Groups["sub"].Value.Replace(" ", "", StringComparison.Ordinal), @"\([ivx]+\)$", "");
                    Add(found, $"{act} s{number}{parent}{extra.Value}");
                }
            }

            foreach (Match m in Regulation().Matches(sentence))
            {
                Add(found, $"{(scottish ? "EISR" : "EIR")} reg {m.Groups["n"].Value}{m.Groups["sub"].Value.Replace(" ", "", StringComparison.Ordinal)}");
            }
        }

        // "section 40(2) ... Section 40 is absolute" cites one exemption, not two.
        return found.Where(e => !found.Any(other => other.Length > e.Length && other.StartsWith(e + "(", StringComparison.Ordinal))).ToList();
    }

    private static void Add(List<string> found, string exemption)
    {
        if (!found.Contains(exemption))
        {
            found.Add(exemption);
        }
    }

    [GeneratedRegex(@"\b(?:Section|Sections|s\.?)\s*(?<n>\d{1,2})(?!\d)(?<sub>(?:\s?\(\w{1,4}\))*)(?:\s*(?:and|&|,)\s*(?<more>\([ivx]+\)))*(?:\s*(?:and|&|,)\s*(?<also>\d{1,2})(?!\d)(?<alsosub>(?:\s?\(\w{1,4}\))*))*", RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"\bReg(?:ulation)?\.?\s*(?<n>1[0-3])(?<sub>(?:\s?\(\w{1,2}\))+)", RegexOptions.IgnoreCase)]
    private static partial Regex Regulation();
}
