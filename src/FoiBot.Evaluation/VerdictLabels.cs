using FoiBot.Core;

namespace FoiBot.Evaluation;

/// <summary>
/// Verdicts in the words of the question file and the report, and when a verdict given meets the one expected.
/// </summary>
/// <remarks>
/// A neither-confirm-nor-deny reply is its own <see cref="Core.Verdict"/>, labelled <see cref="Ncnd"/>; a refusal
/// whose cited letter's outcome is such a reply is labelled so too. An expected "ncnd" is met only by that, not by any
/// other refusal.
/// </remarks>
public static class VerdictLabels
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotHeld = "not_held";
    public const string Refused = "refused";
    public const string Ncnd = "ncnd";
    public const string Answered = "answered";

    /// <summary>Expected of a question nothing answers.</summary>
    public const string None = "none";

    public const string Partial = "partial";

    /// <summary>Given when the system abstained.</summary>
    public const string NoAnswer = "no_answer";

    /// <summary>What a question file may expect.</summary>
    public static readonly IReadOnlyList<string> Expected = [Yes, No, NotHeld, Refused, Ncnd, Partial, Answered, None];

    /// <summary>
    /// Whether verdict accuracy is measured on a question expecting <paramref name="expected"/>: the yes/no and refusal
    /// kinds, and a letter that gave part and withheld part.
    /// </summary>
    public static bool IsScored(string? expected) => expected is Yes or No or NotHeld or Refused or Ncnd or Partial;

    /// <summary>
    /// Whether <paramref name="given"/> meets <paramref name="expected"/>: the same verdict, or for an expected "no" a
    /// refusal or "not held" (the authority does not do it, or will not or cannot say it does: no "yes" either way),
    /// and for an expected "refused" a neither-confirm-nor-deny reply. An abstention
    /// meets nothing.
    /// </summary>
    public static bool Meets(string expected, string given) => expected switch
    {
        No => given is No or Refused or NotHeld or Ncnd,
        Refused => given is Refused or Ncnd,
        _ => given == expected,
    };

    /// <summary>FoiBot's verdict in the file's words; <paramref name="neitherConfirmNorDeny"/> marks a refusal resting on such a reply.</summary>
    public static string Of(Verdict verdict, bool neitherConfirmNorDeny) => verdict switch
    {
        Verdict.Yes => Yes,
        Verdict.No => No,
        Verdict.NotHeld => NotHeld,
        Verdict.Refused => neitherConfirmNorDeny ? Ncnd : Refused,
        Verdict.NeitherConfirmNorDeny => Ncnd,
        Verdict.Partial => Partial,
        Verdict.Answered => Answered,
        _ => NoAnswer,
    };
}
