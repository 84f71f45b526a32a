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
    public static Query? Build(PassageQuery query, IReadOnlyList<AnalyzedToken> tokens)
    {
        var root = new BooleanQuery();
        var words = WordGroups(tokens);
        if (words.Count > 0)
        {
            foreach (var (field, boost) in s_textFields)
            {
                var fieldQuery = new BooleanQuery { Boost = boost };
                foreach (var word in words)
                {
                    fieldQuery.Add(WordQuery(field, word), Occur.SHOULD);
                }

                root.Add(fieldQuery, Occur.SHOULD);
            }
        }

        foreach (var reference in ReferenceTerms(query))
        {
            root.Add(new TermQuery(new Term(Ref, reference)) { Boost = ReferenceBoost }, Occur.SHOULD);
        }

        return root.Clauses.Count > 0 ? root : null;
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

    private static IEnumerable<string> ReferenceTerms(PassageQuery query)
    {
        var fromText = ReferenceLike().Matches(query.Text ?? string.Empty)
            .Select(m => m.Value)
            .Where(v => v.Length >= MinReferenceLength && v.Any(char.IsAsciiDigit));
        return query.References
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Concat(fromText)
            .Select(Key)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxReferences);
    }

    /// <summary>A run of letters and digits joined by hyphens, slashes, dots or underscores, as FOI references are written.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}/_.\-]*[\p{L}\p{N}])?", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLike();
}
