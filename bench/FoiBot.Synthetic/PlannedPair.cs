using FoiBot.Core;

namespace FoiBot.Synthetic;

/// <summary>A question as the letter prints it, with the answer and what the answer amounts to.</summary>
internal sealed record PlannedPair(string Question, string Answer, Outcome Outcome);
