using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Lines in an inline letter that belong to the question although they stand where an answer would: the
/// requester's definitions and follow-on asks, the items of a list the question announces, and the rest of a
/// sentence the question breaks off with a colon.
/// </summary>
internal static partial class RequestLines
{
    /// <summary>"By 'bailiffs' we mean ...", "For the purposes of this request, ...", "Where recorded, please indicate ...:".</summary>
    public static bool IsAside(string line) =>
        (Definition().IsMatch(line) || (line.EndsWith(':') && FollowOnAsk().IsMatch(line))) && NumberedLine.TryParse(line) is null;

    /// <summary>A question that announces a list of options under it: "... because of any of the following reasons?".</summary>
    public static bool AnnouncesList(string question)
    {
        var last = question[(question.LastIndexOf('\n') + 1)..];
        return last.Length > 0 && "?:;".Contains(last[^1], StringComparison.Ordinal) && ListCue().IsMatch(last);
    }

    /// <summary>
    /// An option of such a list: short, no figures, no "label: value" and no answer wording. An answer would give
    /// a figure, a verdict or a sentence.
    /// </summary>
    public static bool IsListItem(string line) =>
        line.Length <= 100
        && !line.EndsWith('.')
        && !line.Contains(':', StringComparison.Ordinal)
        && !line.Any(char.IsDigit)
        && !InlineAnswerSplitter.OpensAnswer(line)
        && NumberedLine.TryParse(line) is null;

    /// <summary>"... the Council is required by law to ensure that:" / "all reasonable precautions are taken;": the sentence goes on below.</summary>
    public static bool ContinuesSentence(string question, string line) =>
        question.Length > 0 && (question[^1] == ':' || question[^1] == ';') && char.IsLower(line[0]) && NumberedLine.TryParse(line) is null;

    [GeneratedRegex(@"^(?:By\b.{1,80}?\b(?:I|we) mean\b|For the purposes? of (?:this|my|the) (?:request|question)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Definition();

    [GeneratedRegex(@"\bplease (?:provide|specify|list|state|give|include|tell|indicate|describe|detail|break|supply|share)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowOnAsk();

    [GeneratedRegex(@"\b(?:the following|below|listed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListCue();
}
