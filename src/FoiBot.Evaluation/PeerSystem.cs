namespace FoiBot.Evaluation;

/// <summary>
/// The FTS5 peer used the way a plain search box is: the whole question as words, the best-ranked letter cited, and
/// an abstention only when no letter matches any word. What it shows is its best passage's answer text, whole; it
/// gives no verdict and quotes nothing.
/// </summary>
public sealed class PeerSystem(Fts5Peer peer, int depth = 10) : IEvalSystem
{
    public string Name => "FTS5 peer";

    public Task<SystemResponse> RespondAsync(EvalQuestion question, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ranked = peer.RankLetters(question.Question, authority: null, depth);
        var response = new SystemResponse(ranked.Count == 0, ranked.Take(1).ToList(), ranked)
        {
            Shown = peer.BestAnswer(question.Question) ?? "",
        };
        return Task.FromResult(response);
    }
}
