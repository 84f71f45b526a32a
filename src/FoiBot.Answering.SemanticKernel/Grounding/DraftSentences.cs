using System.Text.RegularExpressions;

namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>
/// A model's text cut into the sentences a reader sees, each with the citation markers that close it ("... used. [1]"
/// belongs to its sentence), never inside a quote.
/// </summary>
internal static partial class DraftSentences
{
    /// <summary>The sentences of <paramref name="text"/>; the last may still be growing when the text is a stream.</summary>
    public static IReadOnlyList<string> Split(string text) => Spans(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    /// <summary>
    /// Where each sentence starts and how long it is, trailing markers and spaces included, so the spans cover the
    /// whole text. The last span is whatever follows the last sentence known to be over: in a stream, it may grow.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Spans(string text)
    {
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        var quote = QuoteState.None;
        for (var i = 0; i < text.Length; i++)
        {
            var wasOpen = quote.Open;
            quote = quote.After(text, i);
            var stop = quote.Open ? false : wasOpen ? i > 0 && text[i - 1] is '.' or '!' or '?' && FollowedByBreak(text, i) : EndsSentence(text, i);
            if (!stop)
            {
                continue;
            }

            // The markers, closing punctuation and spaces after the stop still belong to this sentence.
            var end = i + 1;
            while (end < text.Length)
            {
                if (char.IsWhiteSpace(text[end]) || text[end] is '.' or ')')
                {
                    end++;
                }
                else if (Marker().Match(text, end) is { Success: true } marker && marker.Index == end)
                {
                    end += marker.Length;
                }
                else
                {
                    break;
                }
            }

            // "... used. [1" in a stream: the marker is still coming, so the sentence is not over yet.
            if (end >= text.Length || MarkerBegun().IsMatch(text.AsSpan(end)))
            {
                // Nothing after it yet: a stream may still bring this sentence's marker.
                break;
            }

            spans.Add((start, end - start));
            start = end;
            i = end - 1;
        }

        if (start < text.Length)
        {
            spans.Add((start, text.Length - start));
        }

        return spans;
    }

    private static bool EndsSentence(string text, int i) => text[i] == '\n' || (text[i] is '.' or '!' or '?' && FollowedByBreak(text, i));

    private static bool FollowedByBreak(string text, int i) => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '[';

    [GeneratedRegex(@"\[\d{1,4}(?:\s*[,;]\s*\d{1,4})*\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\[\d{0,4}(?:\s*[,;]\s*\d{0,4})*$")]
    private static partial Regex MarkerBegun();

    /// <summary>Whether the reading position is inside a double-style quote, where a full stop ends no sentence.</summary>
    private readonly record struct QuoteState(bool Open)
    {
        public static QuoteState None => new(false);

        public QuoteState After(string text, int i) => text[i] switch
        {
            '"' => new(!Open),
            '“' or '«' or '„' => new(true),
            '”' or '»' => new(false),
            _ => this,
        };
    }
}
