namespace FoiBot.Evaluation;

/// <summary>Puts every question to every system, in order, and scores the responses against the gold letters.</summary>
public sealed class EvalRunner(GoldLetters gold, int letters)
{
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, IReadOnlyList<IEvalSystem> systems, CancellationToken cancellationToken)
    {
        var unknown = gold.Unknown(questions);
        var unknownFiles = gold.UnknownFiles(questions);
        if (unknown.Count > 0 || unknownFiles.Count > 0)
        {
            var faults = new List<string>();
            if (unknown.Count > 0)
            {
                faults.Add($"gold_refs name references no letter in the corpus carries: {string.Join(", ", unknown)}.");
            }

            if (unknownFiles.Count > 0)
            {
                faults.Add($"gold_files name files no letter in the corpus came from: {string.Join(", ", unknownFiles)}.");
            }

            throw new EvalFileException(string.Join(" ", faults));
        }

        var reports = new List<SystemReport>();
        foreach (var system in systems)
        {
            var results = new List<QuestionResult>(questions.Count);
            foreach (var question in questions)
            {
                var response = await system.RespondAsync(question, cancellationToken).ConfigureAwait(false);
                results.Add(QuestionResult.Score(question, response, gold));
            }

            var byKind = results.GroupBy(r => r.Question.Kind, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => EvalMetrics.Of(g.ToList()), StringComparer.Ordinal);
            reports.Add(new SystemReport(system.Name, EvalMetrics.Of(results), byKind, results));
        }

        return new EvalReport(letters, reports);
    }
}
