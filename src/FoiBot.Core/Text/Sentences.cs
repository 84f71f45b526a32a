using System.Text.RegularExpressions;

namespace FoiBot.Core.Text;

/// <summary>Splits letter prose into sentences without breaking "e.g. parking" or "£1.50".</summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var part in Boundary().Split(line))
            {
                var sentence = part.Trim();
                if (sentence.Length > 0)
                {
                    result.Add(sentence);
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=[a-z0-9\)'’”""]{2}[.!?])\s+(?=[A-Z""“‘(£])")]
    private static partial Regex Boundary();
}
