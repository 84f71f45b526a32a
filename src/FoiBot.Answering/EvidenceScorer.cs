using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// Measures how much of a question's topic a passage covers: each idea in the question (a word or any of its
/// synonyms) counts by its rarity, and words every FOI question shares ("council", "how many") count for nothing.
/// </summary>
internal sealed class EvidenceScorer
{
    // Words that carry no topic in an FOI question; stemmed through the index's own analyzer at start-up.
    private static readonly string[] s_generic =
    [
        "council", "councils", "authority", "authorities", "local", "use", "uses", "using", "used", "does", "do", "did",
        "have", "has", "had", "how", "many", "much", "what", "which", "when", "where", "who", "why", "whether", "any",
        "number", "numbers", "information", "provide", "please", "tell", "me", "know", "currently", "current", "still",
        "ever", "now", "say", "said", "says", "held", "hold", "disclose", "disclosed", "foi", "request", "requests",
        "letter", "letters", "latest", "recent", "recently", "borough", "city", "county", "district", "london",
        "answer", "answers", "question", "questions", "anything", "something", "about", "get", "got", "give", "given",
    ];

    private readonly LetterIndex _index;
    private readonly HashSet<string> _generic;

    public EvidenceScorer(LetterIndex index)
    {
        _index = index;
        _generic = s_generic.SelectMany(w => index.Analyze(w)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<TopicConcept> Concepts(string topic)
    {
        var concepts = new List<TopicConcept>();
        foreach (var group in _index.AnalyzeQuery(topic).GroupBy(t => t.Position))
        {
            var terms = group.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            if (terms.All(_generic.Contains) || terms.All(t => t.All(char.IsDigit) && t.Length < 4))
            {
                continue;
            }

            var weight = terms.Max(t => _index.InverseDocumentFrequency(t));
            if (concepts.Find(c => c.Terms.SetEquals(terms)) is null)
            {
                concepts.Add(new TopicConcept(terms, Math.Max(weight, 0.1)));
            }
        }

        return concepts;
    }

    /// <summary>The rarity-weighted share of the concepts the text mentions, from 0 to 1.</summary>
    public double Coverage(IReadOnlyList<TopicConcept> concepts, string text) => Coverage(concepts, Terms(text));

    /// <summary>The rarity-weighted share of the concepts found in any of the given texts' terms.</summary>
    public static double Coverage(IReadOnlyList<TopicConcept> concepts, params PassageTerms[] texts)
    {
        if (concepts.Count == 0)
        {
            return 0;
        }

        var total = concepts.Sum(c => c.Weight);
        var matched = concepts.Where(c => c.Terms.Any(t => texts.Any(text => text.Contains(t)))).Sum(c => c.Weight);
        return matched / total;
    }

    public PassageTerms Terms(string text) => new(_index.Analyze(text));
}
