namespace FoiBot.Core.Authorities;

/// <summary>Which identifier of an authority a mention matched.</summary>
public enum AuthorityMentionKind
{
    /// <summary>Its canonical name.</summary>
    Name,

    /// <summary>One of its aliases, including "Barnet Council" and "council of Barnet" formed from a council's place names.</summary>
    Alias,

    /// <summary>A bare place name, capitalised as in the catalog.</summary>
    PlaceName,

    /// <summary>A host in one of its domains, from an email address or a web address.</summary>
    Domain,
}
