using FoiBot.Core;

namespace FoiBot.Synthetic;

/// <summary>One question a synthetic letter answers, the answer it gives, and what that answer amounts to.</summary>
public sealed record SyntheticPair(string Question, string Answer, Outcome Outcome);
