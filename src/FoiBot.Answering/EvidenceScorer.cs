using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// Measures how much of a question's topic a passage covers: each idea in the question (a word or any of its
/// synonyms) counts by its rarity, and words every FOI question shares ("council", "how many") count for nothing.
/// </summary>
internal sealed class EvidenceScorer
{
    /// <summary>A term no analysed text can produce, whose rarity is that of a word found in no letter.</summary>
    private const string UnseenTerm = "\u0001";

    private const double UnseenWeight = 1.5;

    private readonly LetterIndex _index;
    /// <summary>The analysed terms of the question words, each with the words it came from.</summary>
    private readonly Dictionary<string, List<string>> _generic;

    public EvidenceScorer(LetterIndex index)
    {
        _index = index;
        _generic = QuestionWords.All
            .SelectMany(w => index.Analyze(w).Select(t => (t.Term, Word: w)))
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Word).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<TopicConcept> Concepts(string topic)
    {
        var concepts = new List<TopicConcept>();
        var unseen = _index.InverseDocumentFrequency(UnseenTerm);
        foreach (var group in _index.AnalyzeQuery(topic).GroupBy(t => t.Position))
        {
            var terms = group.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            var first = group.First();
            var word = topic[first.StartOffset..Math.Min(first.EndOffset, topic.Length)].ToLowerInvariant();
            if (terms.All(t => IsGeneric(t, word) || t.Length < 2) || terms.All(t => t.All(char.IsDigit) && t.Length < 4))
            {
                continue;
            }

            if (concepts.Find(c => c.Terms.SetEquals(terms)) is null)
            {
                var (weight, ownWord) = Weight(terms, knownTopic: group.Any(t => t.IsSynonym), unseen);
                concepts.Add(new TopicConcept(terms, weight, ownWord));
            }
        }

        return concepts;
    }

    /// <summary>
    /// Whether a term of the user's <paramref name="word"/> is one every question shares: the word is a form of a
    /// question word ("tells", "taking"), not another word the stemmer folds onto it ("informants" is not "information").
    /// </summary>
    private bool IsGeneric(string term, string word) =>
        _generic.TryGetValue(term, out var words)
        && words.Any(w => word.StartsWith(w, StringComparison.Ordinal) || (w.Length > 3 && word.StartsWith(w.TrimEnd('e'), StringComparison.Ordinal)) || w.StartsWith(word, StringComparison.Ordinal));

    /// <summary>
    /// How much an idea counts: the rarity of its rarest word, with a synonym phrase weighed per word so that a long
    /// expansion does not outweigh the user's own word. An idea no letter mentions is either an FOI topic the letters
    /// do not cover (the synonym list knows it: "dog fouling"), which must weigh fully so the question is not passed
    /// off with a letter on something else, or a word of the user's own ("wrecks"), which cannot tell letters apart
    /// and weighs as a common word, so that one unexpected word does not sink an answer the letters do give.
    /// </summary>
    /// <param name="unseenRarity">The rarity of a word found in no letter, read once per question.</param>
    /// <returns>The weight, and whether the idea is a word of the user's own that no letter uses.</returns>
    private (double Weight, bool OwnWord) Weight(IReadOnlySet<string> terms, bool knownTopic, double unseenRarity)
    {
        var weight = terms.Max(term => _index.InverseDocumentFrequency(term) / (term.Count(c => c == ' ') + 1));
        var unseen = weight >= unseenRarity - 1e-9;
        return unseen && !knownTopic ? (UnseenWeight, true) : (Math.Max(weight, 0.1), false);
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

    /// <summary>Coverage of the whole passage (subject, question, answer) and of its question alone, analysing each text once.</summary>
    public ScoredPassage Score(PassageHit hit, IReadOnlyList<TopicConcept> concepts)
    {
        var question = Terms(hit.Pair.Question);
        var rest = Terms($"{hit.Letter.Subject}\n{hit.Pair.Answer}");
        return new ScoredPassage(hit, Coverage(concepts, question, rest), Coverage(concepts, question));
    }
}
