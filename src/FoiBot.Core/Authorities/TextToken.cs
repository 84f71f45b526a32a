namespace FoiBot.Core.Authorities;

/// <summary>One word of a text, located by offsets so matching never copies the text.</summary>
/// <param name="Start">Offset of the word as written.</param>
/// <param name="Length">Length of the word as written, including any possessive "'s".</param>
/// <param name="StemLength">For a possessive such as "Barnet's", the length of "Barnet"; otherwise 0.</param>
/// <param name="Key">The form used for lookups when it differs from the text: "and" for "&amp;", "Kings" for "King's".</param>
/// <param name="BreakBefore">Punctuation other than spaces and hyphens separates it from the previous word.</param>
internal readonly record struct TextToken(int Start, int Length, int StemLength, string? Key, bool BreakBefore)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> KeySpan(string text) => Key is null ? text.AsSpan(Start, Length) : Key.AsSpan();

    public ReadOnlySpan<char> StemSpan(string text) => text.AsSpan(Start, StemLength);

    public bool IsCapitalised(string text) => char.IsUpper(text[Start]);
}
