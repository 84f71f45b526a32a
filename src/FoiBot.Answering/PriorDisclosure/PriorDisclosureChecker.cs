using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering.PriorDisclosure;

/// <summary>
/// Checks a new FOI request against the letters already answered: splits it into its questions and, for each, finds
/// the earlier passages that disclosed on it, how closely, and whether the authority was already asked the same.
/// </summary>
/// <remarks>Synchronous like the extractive engine: the work is in-memory index searches.</remarks>
public sealed class PriorDisclosureChecker
{
    /// <summary>Prior passages listed per question.</summary>
    public const int MaxMatches = 6;

    // Below this share of the topic a passage is noise, not further reading.
    private const double WeakCoverage = 0.34;

    private readonly LetterIndex _index;
    private readonly AnswerOptions _options;
    private readonly QuestionReader _reader;
    private readonly EvidenceScorer _scorer;

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
    }

    /// <summary>Checks the request; the authority is the one it goes to (a name or alias), else the one the request names, if just one.</summary>
    public RequestCheck Check(string request, string? authority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = Target(request, authority);
        var questions = new List<QuestionCheck>();
        foreach (var (question, i) in RequestSplitter.Split(request).Select((q, i) => (q, i)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            questions.Add(CheckQuestion(i + 1, question, target));
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

    private QuestionCheck CheckQuestion(int number, string question, string? target)
    {
        var topic = _reader.Read(question).Topic;
        var concepts = _scorer.Concepts(topic);
        if (concepts.Count == 0)
        {
            return new QuestionCheck { Number = number, Question = question };
        }

        var asked = QuestionForms.Of(question);
        var matches = _index.Search(new PassageQuery { Text = topic, Limit = _options.RetrievalDepth })
            .Select(hit => _scorer.Score(hit, concepts))
            .Select(s => (s.Hit, s.Coverage, Strength: Strength(s, asked)))
            .Where(m => m.Coverage >= WeakCoverage)
            .GroupBy(m => m.Hit.LetterId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => m.Strength).ThenByDescending(m => m.Coverage).ThenBy(m => m.Hit.PairIndex).First())
            .OrderByDescending(m => m.Strength)
            .ThenByDescending(m => IsTarget(m.Hit.Letter.Authority, target))
            .ThenByDescending(m => m.Coverage)
            .ThenByDescending(m => m.Hit.Letter.ResponseDate ?? DateOnly.MinValue)
            .Take(MaxMatches)
            .Select(m => ToMatch(m.Hit, m.Coverage, m.Strength, concepts))
            .ToList();

        var duplicate = matches.FirstOrDefault(m => m.Strength == MatchStrength.Strong && (target is null || IsTarget(m.Authority, target)));
        return new QuestionCheck { Number = number, Question = question, Matches = matches, DuplicateOf = duplicate };
    }

    private MatchStrength Strength(ScoredPassage passage, QuestionForm asked) =>
        passage.QuestionCoverage >= _options.StrongCoverage && QuestionForms.Fits(asked, QuestionForms.Of(passage.Hit.Pair.Question))
            ? MatchStrength.Strong
            : passage.Coverage >= _options.MinCoverage ? MatchStrength.Partial : MatchStrength.Weak;

    private static bool IsTarget(string? authority, string? target) =>
        target is not null && string.Equals(authority, target, StringComparison.OrdinalIgnoreCase);

    private PriorMatch ToMatch(PassageHit hit, double coverage, MatchStrength strength, IReadOnlyList<TopicConcept> concepts) => new()
    {
        Ref = hit.Letter.Reference,
        Authority = hit.Letter.Authority ?? "unknown authority",
        Date = hit.Letter.ResponseDate,
        Number = hit.Pair.Number,
        Question = hit.Pair.Question,
        Quote = hit.Pair.Answer.Length > 0 ? QuoteSelector.Select(hit.Pair.Answer, hit.Pair.Outcome, concepts, _scorer) : "",
        Outcome = hit.Pair.Outcome,
        Strength = strength,
        Coverage = Math.Round(coverage, 3),
        Source = hit.Letter.Source,
        SourceAddress = hit.Letter.SourceAddress,
    };
}
