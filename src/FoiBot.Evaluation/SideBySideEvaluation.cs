using FoiBot.Answering;
using FoiBot.Search;

namespace FoiBot.Evaluation;

/// <summary>
/// One evaluation run as `foibot eval` and the regression test make it: FoiBot's index and the FTS5 peer built afresh
/// from the same letters in a temporary folder, the questions put to both, and the folder removed.
/// </summary>
public static class SideBySideEvaluation
{
    public static async Task<EvalReport> RunAsync(
        IReadOnlyList<IndexedLetter> letters,
        IndexBuildInfo info,
        Func<LetterIndex, IAnswerEngine> createEngine,
        IReadOnlyList<EvalQuestion> questions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createEngine);
        var disclosures = letters.Select(l => l.Disclosure).ToList();
        var work = Directory.CreateTempSubdirectory("foibot-eval-");
        try
        {
            var indexPath = Path.Combine(work.FullName, "index");
            LetterIndexBuilder.Build(indexPath, letters, info, cancellationToken: cancellationToken);
            using var index = LetterIndex.Open(indexPath);
            using var peer = new Fts5Peer(Path.Combine(work.FullName, "fts5.db"));
            peer.Add(disclosures);
            var engine = createEngine(index);
            try
            {
                IEvalSystem[] systems = [new EngineSystem(engine, outcomes: new CitedOutcomes(disclosures)), new PeerSystem(peer)];
                return await new EvalRunner(new GoldLetters(disclosures), disclosures.Count).RunAsync(questions, systems, cancellationToken).ConfigureAwait(false);
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
