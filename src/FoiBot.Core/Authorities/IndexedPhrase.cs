namespace FoiBot.Core.Authorities;

/// <summary>One way of writing an authority's name, as the phrase index stores it.</summary>
/// <param name="Words">Each word in lookup form ("and" for "&amp;", no apostrophes), with its case as in the data.</param>
/// <param name="ExactCase">Bit i set: word i must match with its case as written (capitalised words of place names, acronyms).</param>
/// <param name="BreaksAllowed">Bit i set: punctuation may stand before word i, because the data has it there ("Newry, Mourne and Down").</param>
internal sealed record IndexedPhrase(Authority Authority, AuthorityMentionKind Kind, string[] Words, ulong ExactCase, ulong BreaksAllowed)
{
    /// <summary>The most words a phrase may have: one bit each in the masks.</summary>
    public const int MaxWords = 64;

    /// <summary>The form two phrases are compared in when checking that no two authorities claim the same one.</summary>
    public string ClaimKey => string.Join(' ', Words).ToLowerInvariant();

    /// <summary>Whether the words at <paramref name="first"/>.. in <paramref name="tokens"/> are this phrase as written.</summary>
    /// <param name="stemLast">The last word matched the stem of a possessive ("Barnet" in "Barnet's").</param>
    public bool Accepts(string text, List<TextToken> tokens, int first, bool stemLast)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            var token = tokens[first + i];
            if (i > 0 && token.BreakBefore && (BreaksAllowed & (1UL << i)) == 0)
            {
                return false;
            }

            if ((ExactCase & (1UL << i)) != 0)
            {
                var written = stemLast && i == Words.Length - 1 ? token.StemSpan(text) : token.KeySpan(text);
                if (!written.SequenceEqual(Words[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
