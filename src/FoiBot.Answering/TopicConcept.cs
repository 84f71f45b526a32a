namespace FoiBot.Answering;

/// <summary>One idea in the question (a word with its synonyms), weighted by how rare it is in the letters.</summary>
/// <param name="OwnWord">Whether it is a word of the user's own that no letter uses (and no synonym group knows).</param>
internal sealed record TopicConcept(IReadOnlySet<string> Terms, double Weight, bool OwnWord = false);
