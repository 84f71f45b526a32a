using FoiBot.Answering;
using FoiBot.Core;

namespace FoiBot.Evaluation;

/// <summary>
/// FoiBot as a user meets it: the answer's citations are what it cites; its ranking is the citations followed by the
/// related reading it offers, so a letter shown only as "related" still counts for recall but never as a citation.
/// Its verdict is the one the answer leads with, told apart as "ncnd" when it is a refusal and the passage of its
/// first citation neither confirms nor denies (given <paramref name="outcomes"/>), which also tell where in the cited
/// letters a key the answer does not show is (<see cref="KeyMiss"/>).
/// </summary>
public sealed class EngineSystem(IAnswerEngine engine, string name = "FoiBot", CitedOutcomes? outcomes = null) : IEvalSystem
{
    public string Name => name;

    public async Task<SystemResponse> RespondAsync(EvalQuestion question, CancellationToken cancellationToken)
    {
        var answer = await engine.AnswerAsync(new AnswerRequest { Question = question.Question, Id = question.Id }, cancellationToken).ConfigureAwait(false);
        var cited = answer.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
        var ranked = cited.Concat(answer.Related.Select(c => c.Source)).Distinct(StringComparer.Ordinal).ToList();
        var ncnd = answer.Verdict == Verdict.Refused && answer.Citations.Count > 0 && outcomes?.Of(answer.Citations[0]) == Outcome.NeitherConfirmNorDeny;
        return new SystemResponse(answer.Abstained || cited.Count == 0, cited, ranked)
        {
            Verdict = VerdictLabels.Of(answer.Verdict, ncnd),
            Shown = answer.Text,
            Quotes = answer.Citations.Select(c => new CitedQuote { Quote = c.Quote, Question = c.Question }).ToList(),
            KeyPlace = question.Key is { } key && !answer.Abstained && !KeyFigure.IsShown(key, answer.Text) ? outcomes?.WhereIs(key, answer.Citations) : null,
        };
    }
}
