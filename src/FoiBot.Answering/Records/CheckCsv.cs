using FoiBot.Answering.PriorDisclosure;

namespace FoiBot.Answering.Records;

/// <summary>A prior-disclosure check as CSV: one row per earlier letter per question, the authority's own first.</summary>
public static class CheckCsv
{
    private static readonly string[] s_header =
        ["question_number", "question", "asked_before", "where", "authority", "ref", "date", "letter_question_number", "outcome", "strength", "coverage", "letter_question", "quote", "source"];

    public static string Write(RequestCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return CsvTable.Write(s_header, check.Questions.SelectMany(Rows));
    }

    private static IEnumerable<object?[]> Rows(QuestionCheck question)
    {
        var asked = question.AskedBefore?.Count ?? 0;
        if (question.Matches.Count == 0 && question.Elsewhere.Count == 0)
        {
            yield return [question.Number, question.Question, asked, "", "", "", null, "", "", "", null, "", "", ""];
        }

        foreach (var (match, where) in question.Matches.Select(m => (m, "own")).Concat(question.Elsewhere.Select(m => (m, "elsewhere"))))
        {
            yield return
            [
                question.Number, question.Question, asked, where, match.Authority, match.Ref, match.Date, match.Number,
                match.Outcome.ToString(), match.Strength.ToString(), match.Coverage, match.Question, match.Quote, match.Source,
            ];
        }
    }
}
