using System.Globalization;
using System.Text.RegularExpressions;
using FoiBot.Core;

namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>
/// What a letter can vouch for: the numbers, dates and codes in its header and its questions and answers, and its
/// words, against which a model sentence's names are checked.
/// </summary>
/// <remarks>
/// The letter's unpaired text is left out: it is mostly procedure ("a review within the next 40 working days"), and its
/// numbers would vouch for a figure the model made up. A model sentence resting on unpaired text fails the check and
/// the extractive answer, which may quote it, is shown instead.
/// </remarks>
internal sealed partial class PassageFacts
{
    private readonly HashSet<string> _keys;
    private readonly HashSet<string> _words;

    private PassageFacts(string text)
    {
        _keys = FactReader.Keys(text);
        _words = Word().Matches(text).Select(w => FactReader.NameKey(w.Value)).ToHashSet(StringComparer.Ordinal);
    }

    public static PassageFacts Of(Disclosure letter)
    {
        var header = string.Join(" ", new[]
        {
            letter.Authority,
            string.Join(" ", letter.References),
            letter.ResponseDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        }.OfType<string>());
        return new PassageFacts(header + "\n" + string.Join("\n", letter.Pairs.Select(p => p.Question + "\n" + p.Answer)));
    }

    public bool Holds(Fact fact) => fact.Kind == FactKind.Name ? _words.Contains(fact.Key) : _keys.Contains(FactReader.Key(fact));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();
}
