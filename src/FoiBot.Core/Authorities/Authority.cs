namespace FoiBot.Core.Authorities;

/// <summary>A UK public authority that answers FOI requests, with the names, places and domains that identify it in text.</summary>
public sealed record Authority
{
    /// <summary>The canonical name, e.g. "London Borough of Barnet".</summary>
    public required string Name { get; init; }

    /// <summary>Other names it goes by, matched case-insensitively; one-word acronyms such as "TfL" only as written.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Bare place names that identify it, matched only when capitalised as here, since many are also English words.</summary>
    public IReadOnlyList<string> PlaceNames { get; init; } = [];

    /// <summary>Registrable domains; any subdomain of one also identifies the authority.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>One of the <see cref="AuthorityKinds"/> values, e.g. "london-borough", "police".</summary>
    public required string Kind { get; init; }

    /// <summary>"England", "Scotland", "Wales", "Northern Ireland" or "UK"; or a Crown dependency ("Jersey", "Guernsey", "Isle of Man").</summary>
    public required string Nation { get; init; }

    public override string ToString() => Name;
}
