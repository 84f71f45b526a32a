using FoiBot.Core;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>How many letters of a group ended with one outcome.</summary>
public sealed record OutcomeCount(Outcome Outcome, int Count);
