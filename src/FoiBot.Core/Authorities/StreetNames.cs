namespace FoiBot.Core.Authorities;

/// <summary>
/// Recognises a place name used as part of a street name ("2 Bristol Avenue", "Reading Road"), which says where a
/// building is, not which authority is meant: letterheads are full of them.
/// </summary>
internal static class StreetNames
{
    private static readonly HashSet<string> s_streetWords = new(
        ["Road", "Rd", "Street", "St", "Avenue", "Ave", "Lane", "Way", "Close", "Drive", "Crescent", "Terrace", "Gardens", "Grove", "Square", "Place", "Court", "Row", "Walk", "Parade", "Mews"],
        StringComparer.Ordinal);

    /// <summary>True when the word after the match is a capitalised street word such as "Road" or "Avenue".</summary>
    public static bool Follows(string text, List<TextToken> tokens, PhraseMatch match)
    {
        var next = match.Last + 1;
        return !match.StemLast
            && next < tokens.Count
            && !tokens[next].BreakBefore
            && s_streetWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[next].KeySpan(text));
    }
}
