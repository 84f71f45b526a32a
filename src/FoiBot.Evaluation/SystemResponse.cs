namespace FoiBot.Evaluation;

/// <summary>
/// What one system did with a question, in letter keys (a letter's source path): the letters it cited as support,
/// and every letter it offered, best first, which is what recall and rank are measured on.
/// </summary>
public sealed record SystemResponse(bool Abstained, IReadOnlyList<string> Cited, IReadOnlyList<string> Ranked);
