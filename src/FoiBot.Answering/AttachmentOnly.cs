using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Answering;

/// <summary>
/// Recognises answers that only point at an attachment FoiBot does not have ("Please see attached spreadsheet."):
/// they tell the user nothing, so such a letter is related reading, never the answer.
/// </summary>
internal static partial class AttachmentOnly
{
    /// <remarks>Runs on every candidate passage of every question, so most answers are let through on a word check.</remarks>
    public static bool Is(string answer) =>
        answer.Length < 400
        && PointerWord().IsMatch(answer)
        && Sentences.Split(answer).All(sentence => Pointer().IsMatch(sentence) || !sentence.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"attach|enclos|appendi|spreadsheet|document|table|annex", RegexOptions.IgnoreCase)]
    private static partial Regex PointerWord();

    [GeneratedRegex(@"^\W*(?:(?:please\s+)?(?:see|find|refer\s+to|view)\b.{0,80}\b(?:attach\w*|enclos\w*|appendix|appendices|spreadsheet|document|table|annex)\b[^.?!]{0,60}|.{0,80}\b(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed)\b|attached|enclosed|see\s+attachment)\W*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Pointer();
}
