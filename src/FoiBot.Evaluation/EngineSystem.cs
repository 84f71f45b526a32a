using FoiBot.Answering;

namespace FoiBot.Evaluation;

/// <summary>
/// FoiBot as a user meets it: the answer's citations are what it cites; its ranking is the citations followed by the
/// related reading it offers, so a letter shown only as "related" still counts for recall but never as a citation.
/// </summary>
public sealed class EngineSystem(IAnswerEngine engine, string name = "FoiBot") : IEvalSystem
{
    public string Name => name;

    public async Task<SystemResponse> RespondAsync(EvalQuestion question, CancellationToken cancellationToken)
    {
        var answer = await engine.AnswerAsync(new AnswerRequest { Question = question.Question, Id = question.Id }, cancellationToken).ConfigureAwait(false);
        var cited = answer.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
        var ranked = cited.Concat(answer.Related.Select(c => c.Source)).Distinct(StringComparer.Ordinal).ToList();
        return new SystemResponse(answer.Abstained || cited.Count == 0, cited, ranked);
    }
}
