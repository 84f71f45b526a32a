namespace FoiBot.Core.Authorities;

/// <summary>A phrase found in a text, as word indexes into its tokens.</summary>
/// <param name="Last">Index of the phrase's last word, inclusive.</param>
/// <param name="StemLast">The last word matched without its possessive "'s".</param>
internal readonly record struct PhraseMatch(IndexedPhrase Phrase, int First, int Last, bool StemLast)
{
    public AuthorityMention ToMention(List<TextToken> tokens)
    {
        var start = tokens[First].Start;
        var end = StemLast ? tokens[Last].Start + tokens[Last].StemLength : tokens[Last].End;
        return new AuthorityMention(Phrase.Authority, start, end - start, Phrase.Kind);
    }
}
