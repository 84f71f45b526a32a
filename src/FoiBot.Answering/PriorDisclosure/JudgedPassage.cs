using FoiBot.Search;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>A retrieved passage with how much of the question it covers and how closely it matches.</summary>
internal sealed record JudgedPassage(PassageHit Hit, double Coverage, MatchStrength Strength);
