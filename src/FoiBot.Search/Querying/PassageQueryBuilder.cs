using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static FoiBot.Search.Indexing.IndexFields;

namespace FoiBot.Search.Querying;

/// <summary>Builds the Lucene query for a question from its analysed words, never from a query syntax a user could break.</summary>
internal static partial class PassageQueryBuilder
{
    private const float ReferenceBoost = 20f;

    /// <summary>Keeps the clause count far below BooleanQuery's limit of 1024 when someone pastes a whole letter.</summary>
    private const int MaxWords = 64;

    private const int MaxReferences = 32;

    /// <summary>Short tokens with a digit ("s12", "2a", "10") are exemptions and numbers, not references.</summary>
    private const int MinReferenceLength = 4;

    /// <summary>Lets a synonym phrase match across a dropped stop word ("homes for ukraine").</summary>
    private const int PhraseSlop = 2;

    private static readonly (string Field, float Boost)[] s_textFields = [(QuestionText, 2f), (AnswerText, 1.5f), (SubjectText, 1f)];

    /// <summary>The query, or null when nothing in it can match (empty, punctuation, stop words only).</summary>
    /// <param name="tokens">The question through the query-time analysis: synonyms share their word's position.</param>
    /// <param name="reader">The index the query will run on, for how many passages hold each word.</param>
    /// <param name="passageCount">The passages in that index.</param>
    /// <param name="rules">When a search is wide enough for its common words to follow its rarer ones.</param>
    /// <remarks>
    /// Every (field, word) pair is one clause carrying its field's boost, which scores exactly as one clause per field
    /// holding the words would (BM25 has no coordination factor). In a large index, words that fill a long posting
    /// list and weigh little ("how", "council") only add to the score of passages that hold a rarer word of the
    /// question or one of its references, so a search reads the long lists by skipping, not from end to end. A search
    /// narrowed to one authority reads few enough passages to score every word in full.
    /// </remarks>
    public static Query? Build(PassageQuery query, IReadOnlyList<AnalyzedToken> tokens, IndexReader reader, int passageCount, WideSearchRules rules)
    {
        var words = WordGroups(tokens);
        var references = ReferenceTerms(query);
        var common = new bool[words.Count];

        // An authority's passages are few enough to score in full; narrowing them further would only lose recall.
        var candidates = string.IsNullOrWhiteSpace(query.Authority) ? passageCount : reader.DocFreq(new Term(Authority, Key(query.Authority)));
        if (candidates > rules.WideAbove)
        {
            // Words common in the whole index follow the rarer ones, provided those rarer ones (words the index does
            // not hold count for nothing) match enough passages to choose the best from; otherwise all words lead.
            var commonAbove = Math.Max(rules.MinCommonPassages, (long)(rules.CommonShare * passageCount));

            // A reference the index holds names the letter asked about: that alone is enough to lead.
            long leading = references.Any(reference => reader.DocFreq(new Term(Ref, reference)) > 0) ? rules.MinLeadingPassages : 0;
            for (var i = 0; i < words.Count; i++)
            {
                var passages = Passages(reader, words[i]);
                common[i] = passages > commonAbove;
                leading += common[i] ? 0 : passages;
            }

            if (leading < rules.MinLeadingPassages)
            {
                if (query.RareWordsOnly)
                {
                    return null;
                }

                Array.Clear(common);
            }
        }

        var lead = new BooleanQuery();
        var rest = new List<Query>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (field, boost) in s_textFields)
            {
                var clause = WordQuery(field, words[i]);
                clause.Boost = boost;
                if (common[i])
                {
                    rest.Add(clause);
                }
                else
                {
                    lead.Add(clause, Occur.SHOULD);
                }
            }
        }

        foreach (var reference in references)
        {
            lead.Add(new TermQuery(new Term(Ref, reference)) { Boost = ReferenceBoost }, Occur.SHOULD);
        }

        // Near misses are ranked by the rarer words alone: scoring the common ones too would cost their whole lists.
        if (rest.Count == 0 || query.RareWordsOnly)
        {
            return lead.Clauses.Count > 0 ? lead : null;
        }

        var root = new BooleanQuery { { lead, Occur.MUST } };
        foreach (var clause in rest)
        {
            root.Add(clause, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>
    /// An upper bound on the passages a word group matches in its busiest field: the largest of its terms' counts,
    /// a phrase counting as its rarest word. Deleted passages still count until merged away, which errs towards "common".
    /// </summary>
    private static long Passages(IndexReader reader, string[] terms)
    {
        long most = 0;
        foreach (var term in terms)
        {
            foreach (var (field, _) in s_textFields)
            {
                var count = term.Contains(' ', StringComparison.Ordinal)
                    ? term.Split(' ').Min(word => reader.DocFreq(new Term(field, word)))
                    : reader.DocFreq(new Term(field, term));
                most = Math.Max(most, count);
            }
        }

        return most;
    }

    /// <summary>One group per word position: the word's stem plus any synonyms stacked on it.</summary>
    private static List<string[]> WordGroups(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens
            .GroupBy(t => t.Position)
            .Select(g => g.Select(t => t.Term).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            .DistinctBy(terms => string.Join(' ', terms), StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();

    /// <summary>A word scores once however many of its synonyms a passage holds.</summary>
    private static Query WordQuery(string field, string[] terms)
    {
        if (terms.Length == 1)
        {
            return TermOrPhrase(field, terms[0]);
        }

        var anyOf = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.1f);
        foreach (var term in terms)
        {
            anyOf.Add(TermOrPhrase(field, term));
        }

        return anyOf;
    }

    /// <summary>A synonym phrase ("penalti charg notic") must match as a phrase, or "charge" alone would pass for "PCN".</summary>
    private static Query TermOrPhrase(string field, string term)
    {
        if (!term.Contains(' ', StringComparison.Ordinal))
        {
            return new TermQuery(new Term(field, term));
        }

        var phrase = new PhraseQuery { Slop = PhraseSlop };
        foreach (var word in term.Split(' '))
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    /// <summary>The query's references and its reference-like words, as keys of the reference field.</summary>
    private static List<string> ReferenceTerms(PassageQuery query)
    {
        var fromText = ReferenceLike().Matches(query.Text ?? string.Empty)
            .Select(m => m.Value)
            .Where(v => v.Length >= MinReferenceLength && v.Any(char.IsAsciiDigit));
        return query.References
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Concat(fromText)
            .Select(Key)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxReferences)
            .ToList();
    }

    /// <summary>A run of letters and digits joined by hyphens, slashes, dots or underscores, as FOI references are written.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}/_.\-]*[\p{L}\p{N}])?", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLike();
}
