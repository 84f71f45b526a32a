namespace FoiBot.Core;

/// <summary>The access-to-information law a request was handled under.</summary>
public enum AccessLaw
{
    Unknown = 0,

    /// <summary>Freedom of Information Act 2000 (England, Wales, Northern Ireland).</summary>
    Foia,

    /// <summary>Environmental Information Regulations 2004.</summary>
    Eir,

    /// <summary>Freedom of Information (Scotland) Act 2002.</summary>
    Foisa,

    /// <summary>Environmental Information (Scotland) Regulations 2004.</summary>
    Eisr,
}
