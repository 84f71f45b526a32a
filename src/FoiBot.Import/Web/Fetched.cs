namespace FoiBot.Import.Web;

/// <summary>What one fetch gave: the body and where it finally came from, or why there is none.</summary>
public sealed record Fetched
{
    /// <summary>The address the body came from, after same-host redirects.</summary>
    public required Uri Address { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>The media type the server declared ("application/json"), lower case; empty when none.</summary>
    public string MediaType { get; init; } = "";

    /// <summary>Why nothing was fetched, naming the address; null on success.</summary>
    public string? Problem { get; init; }

    /// <summary>The HTTP status the site answered with; 0 when it did not answer or the page was read from disk.</summary>
    public int Status { get; init; }

    public bool Ok => Problem is null;

    public static Fetched Failed(Uri address, string problem) => new() { Address = address, Problem = $"{address}: {problem}" };
}
