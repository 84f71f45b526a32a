namespace FoiBot.Import.Alaveteli;

/// <summary>What to import from an Alaveteli site: one authority's requests, optionally only recent ones or of some states.</summary>
public sealed record AlaveteliImport
{
    /// <summary>The site's address, e.g. https://www.whatdotheyknow.com.</summary>
    public required Uri Site { get; init; }

    /// <summary>The authority's url_name, as in /body/&lt;url_name&gt;.</summary>
    public required string Authority { get; init; }

    /// <summary>Responses sent before this day are left out.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Only requests in these described states ("successful", "partially_successful", ...); all when empty.</summary>
    public IReadOnlyList<string> States { get; init; } = [];
}
