using System.Text.RegularExpressions;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// The core of a request's question, the part two requesters asking the same thing share whatever else they write:
/// its first sentence, without its sub-questions, asides in brackets ("(sometimes also described as ...)") or a
/// trailing qualifier (", either as a pilot or ongoing", ", including ...").
/// </summary>
internal static partial class QuestionCore
{
    private const int MinCoreLength = 12;

    public static string Of(string question)
    {
        var core = Bracketed().Replace(question, " ");
        var end = SentenceEnd().Match(core);
        if (end.Success && end.Index + 1 >= MinCoreLength)
        {
            core = core[..(end.Index + 1)];
        }

        var qualifier = Qualifier().Match(core);
        if (qualifier.Success && qualifier.Index >= MinCoreLength)
        {
            core = core[..qualifier.Index] + (core.TrimEnd().EndsWith('?') ? "?" : "");
        }

        return Whitespace().Replace(core, " ").Trim();
    }

    [GeneratedRegex(@"\([^()]{0,300}\)")]
    private static partial Regex Bracketed();

    // The first "?" ends the core; a full stop does only before a capital (not "e.g." or "2.5").
    [GeneratedRegex(@"\?|\.(?=\s+[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@",\s*(?:either|including|includ|such as|e\.g\.|eg\b|for example|whether by|as well as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
