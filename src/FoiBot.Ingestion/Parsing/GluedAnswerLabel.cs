using System.Globalization;
using System.Text.RegularExpressions;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// "Q1 / Please supply the strategyA1 / We do not have one": a letter that labels each question and answer ("Q1 /
/// A1", "Q2: / A2:"), taken from a PDF that lost the break between them, so the answer's label stands inside the
/// question's line. The line is cut at the answer label with the question's own number.
/// </summary>
internal static partial class GluedAnswerLabel
{
    public static IReadOnlyList<string> Split(IReadOnlyList<string> lines)
    {
        List<string>? split = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var cut = Cut(lines[i]);
            if (cut < 0)
            {
                split?.Add(lines[i]);
                continue;
            }

            split ??= [.. lines.Take(i)];
            split.Add(lines[i][..cut].TrimEnd());
            split.Add(lines[i][cut..].TrimStart());
        }

        return split ?? lines;
    }

    /// <summary>Where the answer label with the question's number starts; -1 when the line holds none.</summary>
    private static int Cut(string line)
    {
        if (line.Length < 12 || line[0] is not ('Q' or 'q') || QuestionLabel().Match(line) is not { Success: true } question)
        {
            return -1;
        }

        var number = int.Parse(question.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        foreach (Match answer in AnswerLabel().Matches(line, question.Length))
        {
            if (int.Parse(answer.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) == number)
            {
                return answer.Index;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^Q\.?\s?(?<n>\d{1,2})(?!\d)\s*[/:.\-–]\s*")]
    private static partial Regex QuestionLabel();

    // The label as the letter writes it, with the same mark after the number as the question's: "A1 /", "A.2:".
    [GeneratedRegex(@"A\.?\s?(?<n>\d{1,2})(?!\d)\s*[/:]\s+(?=\S)")]
    private static partial Regex AnswerLabel();
}
