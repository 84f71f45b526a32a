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
}
