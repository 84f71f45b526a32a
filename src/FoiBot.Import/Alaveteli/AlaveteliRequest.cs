namespace FoiBot.Import.Alaveteli;

/// <summary>
/// The fields of /request/&lt;url_title&gt;.json an import uses, as Alaveteli renders them (InfoRequest#json_for_api with
/// its public body and events); the rest (user, tags, prominence) is ignored.
/// </summary>
internal sealed record AlaveteliRequest
{
    public long Id { get; init; }

    public string? UrlTitle { get; init; }

    public string? Title { get; init; }

    public string? DescribedState { get; init; }

    public AlaveteliBody? PublicBody { get; init; }

    public List<AlaveteliEvent>? InfoRequestEvents { get; init; }
}
