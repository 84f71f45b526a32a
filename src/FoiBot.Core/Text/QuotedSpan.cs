using System.Text.RegularExpressions;

namespace FoiBot.Core.Text;

/// <summary>
/// Whether a quote is a span of a letter's text. A quote joins the lines a sentence was wrapped over with single
/// spaces (<see cref="WrappedProse"/>), so the span is compared with runs of white space made one space.
/// </summary>
public static partial class QuotedSpan
{
    public static bool OccursIn(string quote, string text) =>
        quote.Length > 0 && Collapse(text).Contains(Collapse(quote), StringComparison.Ordinal);

    public static string Collapse(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
