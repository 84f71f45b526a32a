using FoiBot.Answering;
using FoiBot.Indexing;
using FoiBot.Search;

namespace FoiBot.Evaluation;

/// <summary>
/// One evaluation run as `foibot eval` and the regression test make it: FoiBot's index built afresh from the corpus
/// folders in a temporary folder by the same builder as `foibot index`, the FTS5 peer given the same letters, the
/// questions put to both, and the folder removed.
/// </summary>
public static class SideBySideEvaluation
{
    /// <exception cref="EvalFileException">The folders hold no letter, or the questions name gold letters that are not there.</exception>
    public static async Task<EvalReport> RunAsync(
        IndexStore store,
        IReadOnlyList<string> roots,
        Func<LetterIndex, IAnswerEngine> createEngine,
        IReadOnlyList<EvalQuestion> questions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(createEngine);
        var work = Directory.CreateTempSubdirectory("foibot-eval-");
        try
        {
            var indexPath = Path.Combine(work.FullName, "index");
            var built = store.Build(indexPath, roots, cancellationToken: cancellationToken);
            if (built.Letters == 0)
            {
                throw new EvalFileException($"no letters found under {string.Join(", ", roots)}.");
            }

            using var index = LetterIndex.Open(indexPath);
            var disclosures = index.AllLetters().ToList();
            using var peer = new Fts5Peer(Path.Combine(work.FullName, "fts5.db"));
            peer.Add(disclosures);
            var engine = createEngine(index);
            try
            {
                // A gold letter the parser skipped is a miss to count, not a typo in the question file.
                var gold = new GoldLetters(disclosures, built.Skipped.Select(s => s.Path));
                IEvalSystem[] systems = [new EngineSystem(engine, outcomes: new CitedOutcomes(disclosures)), new PeerSystem(peer)];
                return await new EvalRunner(gold, disclosures.Count).RunAsync(questions, systems, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                (engine as IDisposable)?.Dispose();
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
