namespace FoiBot.Answering.SemanticKernel.Grounding;

/// <summary>One checkable thing a sentence asserts: a number, a date, a reference-shaped code or a proper name, as written and normalised.</summary>
internal sealed record Fact(FactKind Kind, string Written, string Key);
