namespace FoiBot.Evaluation;

/// <summary>How the authority the parser read compares with the one a person recorded.</summary>
public enum AuthorityMatch
{
    Right = 0,

    /// <summary>An authority was read, but not the sender: usually one the letter mentions (another council, the ICO).</summary>
    ThirdParty,

    /// <summary>No authority was read (or the letter was skipped).</summary>
    None,
}
