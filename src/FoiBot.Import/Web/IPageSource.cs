namespace FoiBot.Import.Web;

/// <summary>Where an importer's pages come from: a web site, politely, or a folder of pages saved earlier.</summary>
public interface IPageSource
{
    /// <summary>The page at <paramref name="address"/>; a problem naming it, never an exception, when it cannot be had.</summary>
    Task<Fetched> GetAsync(Uri address, CancellationToken cancellationToken);
}
