namespace FoiBot.Import.Alaveteli;

/// <summary>The fields of /body/&lt;url_name&gt;.json an import uses (PublicBody#json_for_api).</summary>
internal sealed record AlaveteliBody
{
    public string? UrlName { get; init; }

    public string? Name { get; init; }
}
