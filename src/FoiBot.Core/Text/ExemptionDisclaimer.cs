using System.Text.RegularExpressions;

namespace FoiBot.Core.Text;

/// <summary>
/// A sentence that names an exemption without relying on it: "We have not applied any exemption such as section
/// 40", "had we held the names they would have been withheld under section 40(2)". It cites nothing and refuses nothing.
/// </summary>
public static partial class ExemptionDisclaimer
{
    public static bool IsDisclaimed(string sentence) => Disclaimer().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:not|never)\s+(?:been\s+)?(?:apply|applied|applying|engaged|relied on|used|cited)\b[^.;]{0,25}\b(?:exemptions?|exceptions?|section|regulation)\b|\b(?:exemptions?|exceptions?)\b[^.;]{0,30}\b(?:does|do|did|has|have|was|were) not (?:been )?(?:apply|applied|engaged|relied)\b|\bno (?:exemptions?|exceptions?) (?:has|have|was|were|is|are) (?:been )?(?:applied|engaged|relied|used)\b|\b(?:would|could|might) have been (?:withheld|exempt(?:ed)?|refused)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();
}
