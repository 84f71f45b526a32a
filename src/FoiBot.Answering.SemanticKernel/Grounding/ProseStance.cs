using System.Text;
using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>
/// Whether the model's opening says yes or no, and whether that agrees with the verdict FoiBot takes from the letters'
/// outcomes: prose that says yes beside a verdict of no (or the reverse) cannot both be shown.
/// </summary>
internal static partial class ProseStance
{
    /// <summary>Why the prose and the verdict disagree; null when they agree or the prose takes no side.</summary>
    public static string? Conflict(string text, Verdict verdict)
    {
        var opening = DraftSentences.Split(text.TrimStart()).FirstOrDefault() ?? "";
        var saysYes = Yes().IsMatch(opening);
        var saysNo = !saysYes && (No().IsMatch(opening) || Denies().IsMatch(FirstClause(opening)));
        return (saysYes, saysNo, verdict) switch
        {
            (true, _, Verdict.No or Verdict.NotHeld or Verdict.Refused or Verdict.NeitherConfirmNorDeny) => $"its answer says yes where the letters' verdict is {Name(verdict)}",
            (_, true, Verdict.Yes) => "its answer says no where the letters' verdict is yes",
            _ => null,
        };
    }

    private static string FirstClause(string sentence)
    {
        // The letter's own words inside a quote are not the model's stance.
        var withoutQuotes = new StringBuilder();
        var last = 0;
        foreach (var (index, length, _) in ModelQuotes.In(sentence))
        {
            withoutQuotes.Append(sentence, last, index - last);
            last = index + length;
        }

        withoutQuotes.Append(sentence, last, sentence.Length - last);
        var clause = withoutQuotes.ToString();
        var comma = clause.IndexOfAny([',', ';', '—']);
        return comma < 0 ? clause : clause[..comma];
    }

    private static string Name(Verdict verdict) => verdict switch
    {
        Verdict.NotHeld => "not held",
        Verdict.Refused => "refused",
        Verdict.NeitherConfirmNorDeny => "neither confirm nor deny",
        _ => "no",
    };

    [GeneratedRegex(@"^[\s*_""“']*yes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^[\s*_""“']*no\b(?!\s+(?:longer|more)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex No();

    [GeneratedRegex(@"\b(?:does|do|did|is|are|was|were|has|have|had)\s+not\b|\b(?:doesn|don|didn|isn|aren|wasn|weren|hasn|haven|hadn)['’]t\b|\bnever\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denies();
}
