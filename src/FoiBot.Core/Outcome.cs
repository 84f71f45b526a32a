namespace FoiBot.Core;

/// <summary>What an answer amounts to, as an FOI officer would classify it.</summary>
public enum Outcome
{
    /// <summary>No answer text for the question (the letter is cut off or answers elsewhere).</summary>
    Unanswered = 0,

    /// <summary>Information given that is not a plain yes or no.</summary>
    Answered,

    Yes,

    No,

    NotHeld,

    /// <summary>Withheld or refused, with the exemptions cited where the letter names them.</summary>
    Refused,

    NeitherConfirmNorDeny,

    /// <summary>Pointed to information already published (section 21 territory).</summary>
    PublishedElsewhere,

    /// <summary>Some of it given, some refused or not held.</summary>
    Partial,
}
