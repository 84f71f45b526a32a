using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Checks a new FOI request against the letters already answered: splits it into its questions and, for each, finds
/// the earlier passages that disclosed on it, how closely, and whether the authority was already asked the same.
/// The authority's own letters come first; other authorities' are listed apart, as elsewhere.
/// </summary>
/// <remarks>Synchronous like the extractive engine: the work is in-memory index searches.</remarks>
public sealed class PriorDisclosureChecker
{
    /// <summary>Prior passages listed per question, and separately those of other authorities.</summary>
    public const int MaxMatches = 6;

    // Below this share of the topic a passage is noise, not further reading.
    private const double WeakCoverage = 0.34;

    private readonly LetterIndex _index;
    private readonly AnswerOptions _options;
    private readonly QuestionReader _reader;
    private readonly EvidenceScorer _scorer;
    private readonly SameQuestion _same;

    public PriorDisclosureChecker(LetterIndex index, AuthorityCatalog catalog, AnswerOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(catalog);
        options.Validate();
        _index = index;
        _options = options;
        var authorities = index.Authorities.Select(a => a.Authority).Where(a => a.Length > 0).ToHashSet(StringComparer.Ordinal);
        _reader = new QuestionReader(catalog, authorities);
        _scorer = new EvidenceScorer(index);
        _same = new SameQuestion(_scorer, options);
    }

    /// <summary>Checks the request; the authority is the one it goes to (a name or alias), else the one the request names, if just one.</summary>
    public RequestCheck Check(string request, string? authority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = Target(request, authority);
        var questions = new List<QuestionCheck>();
        var read = new Dictionary<(string, int), (PassageTerms, PassageTerms)>();
        foreach (var (question, i) in RequestSplitter.Split(request).Select((q, i) => (q, i)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            questions.Add(CheckQuestion(i + 1, question, target, read));
        }

        return new RequestCheck { Authority = target, Questions = questions };
    }

    private string? Target(string request, string? authority)
    {
        var parsed = _reader.Read(request);
        if (!string.IsNullOrWhiteSpace(authority))
        {
            parsed = _reader.WithAuthority(parsed, authority);
            return parsed.Authorities.Count == 1 ? parsed.Authorities[0] : parsed.UnknownAuthority;
        }

        return parsed.Authorities.Count == 1 ? parsed.Authorities[0] : null;
    }

    private QuestionCheck CheckQuestion(int number, string question, string? target, Dictionary<(string, int), (PassageTerms, PassageTerms)> read)
    {
        // The whole question and its core (first sentence, no asides): a reworded repeat shares at least the core.
        var topics = new[] { _reader.Read(question).Topic, _reader.Read(QuestionCore.Of(question)).Topic }.Distinct(StringComparer.Ordinal).ToList();
        var concepts = topics.Select(_scorer.Concepts).Where(c => c.Count > 0).ToList();
        if (concepts.Count == 0)
        {
            return new QuestionCheck { Number = number, Question = question };
        }

        var asked = QuestionForms.Of(question);
        var judged = Retrieve(topics, target)
            .Select(hit => _same.Judge(hit, concepts, asked, read))
            .Where(m => m.Coverage >= WeakCoverage)
            .GroupBy(m => m.Hit.LetterId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => m.Strength).ThenByDescending(m => m.Coverage).ThenBy(m => m.Hit.PairIndex).First())
            .OrderByDescending(m => m.Strength)
            .ThenByDescending(m => m.Coverage)
            .ThenByDescending(m => m.Hit.Letter.ResponseDate ?? DateOnly.MinValue)
            .ToList();

        // Only the letters shown, and every Strong one (they lead the order, and all count as asked before), are quoted:
        // building a quote reads the passage sentence by sentence, and a check may judge a hundred passages.
        var ownJudged = target is null ? judged : judged.Where(m => IsTarget(m.Hit.Letter.Authority, target)).ToList();
        var strong = ownJudged.Count(m => m.Strength == MatchStrength.Strong);
        var own = ownJudged.Take(Math.Max(MaxMatches, strong)).Select(m => ToMatch(m, concepts[^1])).ToList();
        var elsewhere = target is null ? [] : judged.Where(m => !IsTarget(m.Hit.Letter.Authority, target)).Take(MaxMatches).Select(m => ToMatch(m, concepts[^1])).ToList();
        var same = own.Where(m => m.Strength == MatchStrength.Strong).ToList();
        return new QuestionCheck
        {
            Number = number,
            Question = question,
            Matches = own.Take(MaxMatches).ToList(),
            Elsewhere = elsewhere,
            DuplicateOf = same.FirstOrDefault(),
            AskedBefore = AskedBefore.Of(same),
        };
    }

    // The authority's own letters are searched apart as well, so a large corpus cannot crowd them out.
    private IEnumerable<PassageHit> Retrieve(IReadOnlyList<string> topics, string? target)
    {
        var queries = topics.Select(t => new PassageQuery { Text = t, Limit = _options.RetrievalDepth }).ToList();
        if (target is not null)
        {
            queries.AddRange(queries.Select(q => q with { Authority = target, Limit = MaxMatches * 2 }).ToList());
        }

        return queries.SelectMany(_index.Search).DistinctBy(h => (h.LetterId, h.PairIndex));
    }

    private static bool IsTarget(string? authority, string? target) =>
        target is not null && string.Equals(authority, target, StringComparison.OrdinalIgnoreCase);

    private PriorMatch ToMatch(JudgedPassage judged, IReadOnlyList<TopicConcept> concepts)
    {
        var hit = judged.Hit;
        return new PriorMatch
        {
            Ref = hit.Letter.Reference,
            Authority = hit.Letter.Authority ?? "unknown authority",
            Date = hit.Letter.ResponseDate,
            Number = hit.Pair.Number,
            Question = hit.Pair.Question,
            Quote = hit.Pair.Answer.Length > 0 ? QuoteSelector.Select(hit.Pair.Answer, hit.Pair.Outcome, concepts, _scorer) : "",
            Outcome = hit.Pair.Outcome,
            Strength = judged.Strength,
            Coverage = Math.Round(judged.Coverage, 3),
            Source = hit.Letter.Source,
            SourceAddress = hit.Letter.SourceAddress,
        };
    }
}
