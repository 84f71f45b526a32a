using System.Text;

namespace FoiBot.Answering.SemanticKernel;

/// <summary>
/// Compares a model's quote with a letter's words: whitespace, curly quotes and dash styles normalised, case ignored,
/// nothing else forgiven. An ellipsis splits a quote into parts that must each occur.
/// </summary>
internal static class QuotedText
{
    private static readonly char[] s_trim = [' ', '.', ',', ';', ':', '!', '?', '\'', '"'];

    public static bool OccursIn(string quote, string letterText) => OccursInNormalised(quote, Normalise(letterText));

    /// <param name="haystack">Text already passed through <see cref="Normalise"/>, so a letter is normalised once, not per quote.</param>
    public static bool OccursInNormalised(string quote, string haystack)
    {
        var parts = quote.Split(["...", "…"], StringSplitOptions.None)
            .Select(p => Normalise(p).Trim(s_trim))
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count > 0 && parts.All(p => haystack.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c switch
            {
                '‘' or '’' or '‛' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‑' or '‒' => '-',
                _ => c,
            });
        }

        return result.ToString();
    }
}
