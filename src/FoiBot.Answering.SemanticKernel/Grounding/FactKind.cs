namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>What kind of fact a sentence asserts, each compared in its own normal form.</summary>
internal enum FactKind
{
    Number,
    Date,
    Month,
    Code,
    Name,
}
