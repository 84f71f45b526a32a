namespace FoiBot.Evaluation;

/// <summary>
/// What one system did with a question, in letter keys (a letter's source path): the letters it cited as support,
/// and every letter it offered, best first, which is what recall and rank are measured on.
/// </summary>
public sealed record SystemResponse(bool Abstained, IReadOnlyList<string> Cited, IReadOnlyList<string> Ranked)
{
    /// <summary>The verdict the answer led with, in the question file's words (<see cref="VerdictLabels"/>); null for a system that gives none.</summary>
    public string? Verdict { get; init; }

    /// <summary>The answer text the user reads first, where a key figure must appear: FoiBot's answer, the peer's best passage.</summary>
    public string Shown { get; init; } = "";

    /// <summary>
    /// For an answer that cites letters but does not show the question's key, where in the cited letters the key is
    /// (one of <see cref="KeyMiss"/>'s kinds); null when shown, or for a system that does not say.
    /// </summary>
    public string? KeyPlace { get; init; }

    /// <summary>The quotes shown as support; empty for a system that quotes nothing.</summary>
    public IReadOnlyList<CitedQuote> Quotes { get; init; } = [];
}
