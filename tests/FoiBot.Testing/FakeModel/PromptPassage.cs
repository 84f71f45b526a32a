using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Testing.FakeModel;

/// <summary>A numbered passage read back out of a prompt, as a model would read it.</summary>
public sealed partial record PromptPassage(int Number, string Authority, string Reference, string Answer)
{
    public string FirstSentence => Sentences.Split(Answer)[0];

    public static IEnumerable<PromptPassage> Parse(string prompt) =>
        Passage().Matches(prompt).Select(m => new PromptPassage(
            int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["a"].Value,
            m.Groups["r"].Value,
            m.Groups["answer"].Value.Trim()));

    [GeneratedRegex(@"^\[(?<n>\d+)\] (?<a>.+?), ref (?<r>[^,\s]+), [^\n]*\nQuestion asked: [^\n]*\nAnswer given: (?<answer>[^\n]*)", RegexOptions.Multiline)]
    private static partial Regex Passage();
}
