namespace FoiBot.Import.Alaveteli;

/// <summary>
/// The sentence an Alaveteli request's page is headed with for a finished request's described state, as the site
/// words it; a saved response keeps it, so the letter carries the outcome the site published (Disclosure.Status).
/// </summary>
internal static class AlaveteliStatus
{
    /// <summary>The sentence for <paramref name="state"/>; null for a state that says nothing of the outcome (awaiting a response, say).</summary>
    public static string? Sentence(string? state, string authority) => state switch
    {
        "successful" => "The request was successful.",
        "partially_successful" => "The request was partially successful.",
        "rejected" => $"The request was refused by {authority}.",
        "not_held" => $"{authority} did not have the information requested.",
        _ => null,
    };
}
