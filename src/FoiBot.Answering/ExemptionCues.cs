using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// A sentence that applies an exemption, not one that only explains it: "This request is being refused under Section
/// 12(1) of the FOIA", "The information is exempt under section 43(2)", "we are relying on regulation 12(4)(b)",
/// "would exceed the appropriate limit".
/// </summary>
internal static partial class ExemptionCues
{
    public static bool Applies(string sentence) => Applied().IsMatch(sentence) || HeldBackUnder().IsMatch(sentence) || CostLimit().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:refus\w*|exempt\w*|withh[eo]ld\w*|rel(?:y|ies|ying|ied) (?:up)?on|appl(?:y|ies|ied|ying)|engag\w+|cit(?:e|es|ed|ing))\b.{0,80}?\b(?:section|s\.|s|regulation|reg\.)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Applied();

    // "Reports relating to this project are commercially sensitive under section 43 of the FOI Act".
    [GeneratedRegex(@"\b(?:sensitive|confidential|protected|covered|personal data|personal information)\s+(?:and (?:therefore )?exempt\s+)?under\s+(?:section|s\.|regulation|reg\.)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex HeldBackUnder();

    [GeneratedRegex(@"\bexceed\w*\b.{0,40}\b(?:appropriate|cost|time) limit\b", RegexOptions.IgnoreCase)]
    private static partial Regex CostLimit();
}
