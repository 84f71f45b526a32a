using System.Text.RegularExpressions;

namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>
/// The quotes in a model's text, in any quotation style a model writes: straight or curly double quotes, single
/// quotes (an apostrophe inside a word is no quote mark), guillemets and low-high quotes.
/// </summary>
internal static partial class ModelQuotes
{
    public static IEnumerable<(int Index, int Length, string Words)> In(string text) =>
        Quote().Matches(text).Select(m => (m.Index, m.Length, m.Groups["q"].Value));

    [GeneratedRegex("""
        "(?<q>[^"]{2,}?)"
        |“(?<q>[^“”]{2,}?)”
        |«\s?(?<q>[^«»\n]{2,}?)\s?»
        |„(?<q>[^„“”\n]{2,}?)[“”]
        |(?<![\w'‘’])['‘](?<q>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){2,}?)['’](?!\w)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Quote();
}
