namespace FoiBot.Core.Authorities;

/// <summary>Splits text into words for phrase matching, so one scan serves every authority.</summary>
/// <remarks>
/// Spaces, single line breaks and hyphens join words ("Stoke-on-Trent" is "Stoke on Trent"); other punctuation
/// and blank lines break phrases, so "Barnet, Council tax" is not "Barnet Council". A full stop joins only after
/// a one- or two-letter abbreviation such as "St.", so a sentence ending in a place name does not run on.
/// </remarks>
internal static class TextTokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5);
        var breakPending = false;
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var end = ScanWord(text, i, out var hasApostrophe);
                tokens.Add(MakeWord(text, i, end, hasApostrophe, breakPending && tokens.Count > 0));
                breakPending = false;
                newlines = 0;
                i = end;
                continue;
            }

            if (c == '&')
            {
                tokens.Add(new TextToken(i, 1, 0, "and", breakPending && tokens.Count > 0));
                breakPending = false;
                newlines = 0;
            }
            else if (c == '\n')
            {
                breakPending |= ++newlines >= 2;
            }
            else if (char.IsWhiteSpace(c) || IsHyphen(c))
            {
                // Joins words; a blank line is still counted through any spaces on it.
            }
            else if (c == '.' && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Length <= 2)
            {
                // "St." and the like.
            }
            else
            {
                breakPending = true;
            }

            i++;
        }

        return tokens;
    }

    private static int ScanWord(string text, int start, out bool hasApostrophe)
    {
        hasApostrophe = false;
        var j = start;
        while (j < text.Length)
        {
            if (char.IsLetterOrDigit(text[j]))
            {
                j++;
            }
            else if (IsApostrophe(text[j]) && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]))
            {
                hasApostrophe = true;
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static TextToken MakeWord(string text, int start, int end, bool hasApostrophe, bool breakBefore)
    {
        if (!hasApostrophe)
        {
            return new TextToken(start, end - start, 0, null, breakBefore);
        }

        var word = text.AsSpan(start, end - start);
        var key = word.ToString().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);

        // The stem of a possessive is looked up as written, so it may not hold an apostrophe of its own ("O'Neill's").
        var stem = word.Length >= 3 && IsApostrophe(word[^2]) && (word[^1] is 's' or 'S') && !ContainsApostrophe(word[..^2])
            ? word.Length - 2
            : 0;
        return new TextToken(start, end - start, stem, key, breakBefore);
    }

    private static bool ContainsApostrophe(ReadOnlySpan<char> word) => word.ContainsAny('\'', '\u2019');

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
