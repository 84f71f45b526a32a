namespace FoiBot.Core;

/// <summary>The short verdict an answer leads with.</summary>
public enum Verdict
{
    NoAnswer = 0,
    Yes,
    No,
    NotHeld,
    Refused,
    Partial,
    Answered,

    /// <summary>The authority would neither confirm nor deny that it holds the information: no yes, no or "not held".</summary>
    NeitherConfirmNorDeny,
}
