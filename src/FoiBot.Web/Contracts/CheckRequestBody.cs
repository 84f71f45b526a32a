namespace FoiBot.Web.Contracts;

/// <summary>A new request pasted in, and the authority it is addressed to when the text does not say.</summary>
public sealed record CheckRequestBody
{
    public string? Text { get; init; }

    public string? Authority { get; init; }
}
