using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Answering;

/// <summary>
/// The periods a text names, read alike however a letter writes them: a year ("2023"), or a financial or academic
/// year ("2024/25", "2024-2025", "2024/2025"), so that a question about 2022/23 finds the row "2022/2023 - 17".
/// </summary>
internal sealed partial record AskedPeriods(IReadOnlySet<string> Spans, IReadOnlySet<int> Years)
{
    public static readonly AskedPeriods None = new(new HashSet<string>(), new HashSet<int>());

    public bool IsEmpty => Spans.Count == 0 && Years.Count == 0;

    public static AskedPeriods Of(string text)
    {
        var spans = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Span().Matches(text))
        {
            var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            end = end < 100 ? (start / 100 * 100) + end : end;
            if (end == start + 1)
            {
                spans.Add($"{start}/{end}");
            }
        }

        var years = Year().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
        return new AskedPeriods(spans, years);
    }

    /// <summary>
    /// How well a sentence's periods match those asked: 1 for the same financial year or every year asked, 0.5 for
    /// some year asked, 0 when either names none, and -0.5 when the sentence names only other periods.
    /// </summary>
    public double Match(AskedPeriods sentence)
    {
        if (IsEmpty || sentence.IsEmpty)
        {
            return 0;
        }

        if (Spans.Count > 0 && sentence.Spans.Count > 0)
        {
            return Spans.Overlaps(sentence.Spans) ? 1 : -0.5;
        }

        var shared = Years.Count(sentence.Years.Contains);
        return shared == 0 ? -0.5 : shared == Years.Count ? 1 : 0.5;
    }

    [GeneratedRegex(@"\b((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})\b")]
    private static partial Regex Span();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();
}
