namespace FoiBot.Evaluation;

/// <summary>One check a letter failed, with what the record expected and what the parser gave.</summary>
/// <param name="Check">"letter" (skipped), "pairs", "authority", "ref" or "date".</param>
public sealed record PairFailure(string File, string Check, string Expected, string Got);
