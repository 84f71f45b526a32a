namespace FoiBot.Answering;

/// <summary>One idea in the question (a word with its synonyms), weighted by how rare it is in the letters.</summary>
internal sealed record TopicConcept(IReadOnlySet<string> Terms, double Weight);
