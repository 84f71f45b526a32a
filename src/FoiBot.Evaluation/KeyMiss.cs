namespace FoiBot.Evaluation;

/// <summary>
/// Where a key the answer did not show was, so a batch whose letters may not be read still says what to work on:
/// retrieval and abstention, the choice of quote, the pairing of the letter, or the parser dropping the text.
/// </summary>
public static class KeyMiss
{
    public const string AbstainedGoldFirst = "abstained, gold letter ranked first";
    public const string Abstained = "abstained";
    public const string NoGoldCited = "no gold letter cited";
    public const string InCitedPassage = "in a cited passage, not quoted";
    public const string InCitedLetter = "in another passage of a cited letter";
    public const string DroppedByParser = "in a cited letter's file, not its parsed text";
    public const string NotInCitedLetter = "not in a cited letter";
    public const string Unlocated = "a gold letter cited, place not told";

    /// <summary>The kinds, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        [AbstainedGoldFirst, Abstained, NoGoldCited, InCitedPassage, InCitedLetter, DroppedByParser, NotInCitedLetter, Unlocated];

    /// <summary>Why the key is missing: abstained, no gold letter cited, or where in the cited letters it was when the system says (<see cref="SystemResponse.KeyPlace"/>).</summary>
    public static string? Of(bool? keyShown, SystemResponse response, int? firstGoldRank, int goldCitations)
    {
        if (keyShown != false)
        {
            return null;
        }

        if (response.Abstained)
        {
            return firstGoldRank == 1 ? AbstainedGoldFirst : Abstained;
        }

        return goldCitations == 0 ? NoGoldCited : response.KeyPlace ?? Unlocated;
    }
}
