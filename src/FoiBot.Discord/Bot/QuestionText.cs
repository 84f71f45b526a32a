namespace FoiBot.Discord.Bot;

/// <summary>
/// Fits a long message to a question the engine can take. A message over the limit keeps its questions (sentences
/// ending in "?") in order while they fit, since people put the question first or last and context around it; with
/// no question mark, it keeps its opening up to the last sentence end that fits.
/// </summary>
internal static class QuestionText
{
    private static readonly char[] s_sentenceEnds = ['?', '.', '!', '\n'];

    /// <summary>The question to answer, and whether it was cut from a longer message.</summary>
    public static (string Question, bool Cut) Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return (text, false);
        }

        var questions = new List<string>();
        var length = 0;
        foreach (var sentence in Sentences(text).Where(s => s.EndsWith('?')))
        {
            if (length + sentence.Length + 1 > max)
            {
                break;
            }

            questions.Add(sentence);
            length += sentence.Length + 1;
        }

        if (questions.Count > 0)
        {
            return (string.Join(' ', questions), true);
        }

        var end = text.LastIndexOfAny(s_sentenceEnds, max - 1);
        var cut = end > max / 4 ? end + 1 : text.LastIndexOf(' ', max - 1) is var space and > 0 ? space : max;
        return (text[..cut].Trim(), true);
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(s_sentenceEnds, start);
            var stop = end < 0 ? text.Length : end + 1;
            var sentence = text[start..stop].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = stop;
        }
    }
}
