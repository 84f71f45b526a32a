using FoiBot.Answering.Semantic;
using FoiBot.Core;
using FoiBot.Core.Authorities;
using FoiBot.Search;

namespace FoiBot.Answering;

/// <summary>
/// The default engine, with no model: finds the passages that answer the question, quotes the answering sentence
/// from each letter, leads with a verdict, and abstains when the letters do not answer it.
/// </summary>
public sealed class ExtractiveAnswerEngine : IAnswerEngine
{
    /// <summary>Share of the question's topic a quote must hold for an answer that says no "no" to count as a "yes".</summary>
    private const double OnTopicCoverage = 0.3;

    /// <summary>How much more of the topic a sentence elsewhere in the letter must answer to replace the passage's own quote.</summary>
    /// <remarks>
    /// On a letter paired wrongly the found passage's best line is often another question's answer ("30 allotment sites"
    /// for a question about the waiting list). Under a question that matches the user's, a terse answer ("4- 51") is the
    /// answer, and a quote giving a yes, no, refusal or "not held" is the letter's decision: neither is second-guessed.
    /// </remarks>
    private const double ClearlyBetter = 0.25;

    private readonly LetterIndex _index;
    private readonly AnswerOptions _options;
    private readonly EvidenceScorer _scorer;
    private readonly IndexedAuthorities _indexed;
    private readonly AuthorityCatalog _catalog;
    private readonly SemanticRescue? _semantic;

    /// <param name="embedder">The embedding model to use; when null, the one Answering:Embeddings names, if any.</param>
    public ExtractiveAnswerEngine(LetterIndex index, AuthorityCatalog catalog, AnswerOptions options, ISentenceEmbedder? embedder = null)
    {
        options.Validate();
        _index = index;
        _options = options;
        _indexed = new IndexedAuthorities(index, catalog);
        _catalog = catalog;
        _scorer = new EvidenceScorer(index);
        embedder ??= SentenceEmbedders.Load(options.Embeddings);
        _semantic = embedder is null ? null : new SemanticRescue(new SentenceVectors(embedder), options.SemanticThreshold);
    }

    public Answer Answer(string question, string? id = null) => Answer(new AnswerRequest { Question = question, Id = id });

    /// <summary>Answers synchronously: the work is an in-memory index search, with no I/O worth awaiting.</summary>
    public Answer Answer(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Question);
        var question = request.Question;
        var id = request.Id;
        var (_, authorities, reader) = _indexed.Current;
        var parsed = reader.Read(question);
        if (!string.IsNullOrWhiteSpace(request.Authority))
        {
            parsed = reader.WithAuthority(parsed, request.Authority);
        }

        var concepts = _scorer.Concepts(parsed.Topic);

        if (parsed.UnknownAuthority is { } unknown)
        {
            return Abstain(id, parsed, concepts, [], $"I have no letters from {unknown}.");
        }

        var missing = parsed.Authorities.Where(a => !authorities.Contains(a)).ToList();
        var present = parsed.Authorities.Where(authorities.Contains).ToList();
        var noLetters = missing.Count == 0 ? null : $"I have no letters from {string.Join(" or ", missing)}.";
        var addendum = noLetters;
        List<ScoredPassage> scored;
        if (missing.Count > 0 && present.Count == 0)
        {
            (scored, var caveat) = concepts.Count == 0 ? ([], null) : FromUnattributed(parsed, concepts, missing);
            if (caveat is null)
            {
                return Abstain(id, parsed, concepts, [], noLetters);
            }

            addendum = caveat;
        }
        else if (concepts.Count == 0 && parsed.References.Count == 0)
        {
            return Abstain(id, parsed, concepts, present, "The question has no words I can search the letters for.");
        }
        else
        {
            scored = Retrieve(parsed, concepts, present);
        }

        // Among one named authority's own letters a passage needs less of the topic: no other body's letters compete with it.
        var minCoverage = present.Count > 0 && missing.Count == 0 ? Math.Min(_options.NamedAuthorityMinCoverage, _options.MinCoverage) : _options.MinCoverage;
        scored = _semantic?.Apply(parsed, scored, minCoverage) ?? scored;
        var admitted = scored.Where(s => parsed.Time.Admits(s.Date)).ToList();
        var ask = QuoteAsk.Of(parsed.Text);
        var (support, sameQuestion) = present.Count > 1 ? ChooseSupportEach(admitted, parsed, ask, present, minCoverage) : ChooseSupport(admitted, parsed, ask, minCoverage);
        if (support.Count > 0 && present.Count > 1 && present.Where(a => !support.Any(s => string.Equals(s.Hit.Letter.Authority, a, StringComparison.Ordinal))).ToList() is { Count: > 0 } unanswered)
        {
            addendum = string.Join(" ", new[] { addendum, $"No letter from {string.Join(" or ", unanswered)} answers this." }.OfType<string>());
        }

        if (support.Count == 0)
        {
            return Abstain(id, parsed, concepts, present, string.Join(" ", new[] { PointsToAttachment(scored), noLetters }.OfType<string>()) is { Length: > 0 } why ? why : null, scored);
        }

        var whetherGiven = ask.Form == QuestionForm.YesNo && PublishedOutcome.Asked(question);
        var quoted = support.Select(s => (Passage: s, Quote: Quoted(s, concepts, ask))).ToList();
        quoted = quoted.Where((x, i) => AddsToItsLetter(x.Quote.Said, x.Quote.Citation, quoted.Take(i).Where(e => e.Passage.Hit.LetterId == x.Passage.Hit.LetterId).Select(e => e.Quote.Citation), concepts)).ToList();
        support = quoted.Select(x => x.Passage).ToList();
        var cited = quoted
            .Select(x => x.Quote)
            .Select(q => (q.Citation, Verdict: VerdictRules.ForQuestion(ask, q.Pair, q.Said, OnTopic(concepts, q.Said)), q.Letter))
            .Select(c => whetherGiven && c.Letter.Status is { } status && PublishedOutcome.VerdictOf(status) != c.Verdict
                ? (Citation: c.Citation with { Quote = status.Text }, Verdict: PublishedOutcome.VerdictOf(status))
                : (c.Citation, c.Verdict))
            .ToList();
        var verdict = sameQuestion || present.Count > 1
            ? VerdictRules.Combine(cited.Select((c, i) => (c.Verdict, support[i].Hit.Letter.Authority ?? "", support[i].Date)).ToList())
            : cited[0].Verdict;
        // A "when" question whose quote gives no date is answered by the dates the letter heads itself with.
        var dates = ask.Date is { } asked && !QuoteSelector.Answers(cited[0].Citation.Quote, ask) ? LetterDates.Say(support[0].Hit.Letter, asked) : null;
        var citedLetters = support.Select(s => s.Hit.LetterId).ToHashSet(StringComparer.Ordinal);
        return new Answer
        {
            Id = id,
            Question = question,
            Verdict = verdict,
            Text = string.Join(" ", new[] { dates, AnswerComposer.Compose(verdict, cited, sameQuestion, parsed.Time), addendum }.OfType<string>()),
            Citations = cited.Select(c => c.Citation).ToList(),
            Related = Related(scored, concepts, citedLetters),
        };
    }

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(request));
    }

    /// <summary>
    /// The letters an answer rests on. Letters that were asked the same question (the requester's own question covers
    /// the topic and is of a fitting form) are cited newest first; failing those, the best partial matches.
    /// </summary>
    /// <remarks>A question asking for the latest position gets the newest such letter only; older ones go to related reading.</remarks>
    /// <summary>How much less of the topic a letter's second passage may cover and still be cited beside its first.</summary>
    private const double NearlyAsOnTopic = 0.05;

    private (List<ScoredPassage> Support, bool SameQuestion) ChooseSupport(List<ScoredPassage> scored, ParsedQuestion question, QuoteAsk wants, double minCoverage)
    {
        var time = question.Time;
        var asked = wants.Form;
        var limit = time.NewestOnly ? 1 : _options.MaxCitations;
        var answering = SupportNarrowing.Apply(scored.Where(s => s.Coverage >= minCoverage && s.Hit.Pair.Answer.Length > 0 && !AttachmentOnly.Is(s.Hit.Pair.Answer)).ToList(), question);
        var asksMoney = wants.AsksMoney;

        // A figure for a period is answered only by a letter that could hold it: a letter on the topic with other years' figures is related reading.
        if (wants.AsksFigure && wants.Form != QuestionForm.YesNo && time.From is null && time.To is null)
        {
            answering = answering.Where(s => PeriodCover.Admits(s, wants.Periods)).ToList();
        }

        var same = BestPerLetter(
            answering.Where(s =>
                s.QuestionCoverage >= _options.StrongCoverage
                && QuestionForms.Fits(asked, QuestionForms.Of(s.Hit.Pair.Question))),
            asksMoney)
            .OrderByDescending(s => s.Date ?? DateOnly.MinValue)
            .Take(limit)
            .ToList();
        if (same.Count > 0)
        {
            return (same, true);
        }

        var ranked = BestPerLetter(answering, asksMoney)
            .OrderByDescending(s => s.Coverage)
            .ThenByDescending(s => s.Hit.Score)
            .ToList();
        var best = SupportNarrowing.NearTheBest(ranked).Take(Math.Min(3, _options.MaxCitations));
        var partial = (time.NewestOnly ? best.OrderByDescending(s => s.Date ?? DateOnly.MinValue) : best).Take(limit).ToList();
        partial = WithRunnersUp(partial, answering, asksMoney, Math.Max(limit, partial.Count + 1));
        return (partial, false);
    }

    /// <summary>
    /// A letter's second passage nearly as much on the topic as its first is cited beside it: a letter often answers one
    /// topic across two of its questions ("How many cameras?" and "Where are they?"), or its unpaired text holds the
    /// figure its pair leads into. Chosen on the A halves of first-contact batches 1-7 (key shown 265 → 268 of 395;
    /// B halves 197 → 205 of 373), at the cost of longer answers (median 314 → 359 characters).
    /// </summary>
    /// <param name="asksMoney">A question asking how much: a second passage giving no amount beside a first giving one is no answer to it.</param>
    private static List<ScoredPassage> WithRunnersUp(List<ScoredPassage> support, List<ScoredPassage> answering, bool asksMoney, int limit)
    {
        var cited = new List<ScoredPassage>();
        foreach (var passage in support)
        {
            cited.Add(passage);
            if (answering
                    .Where(o => o.Hit.LetterId == passage.Hit.LetterId && o.Hit.PairIndex != passage.Hit.PairIndex && o.Coverage >= passage.Coverage - NearlyAsOnTopic
                        && (!asksMoney || !GivesMoney(passage) || GivesMoney(o)))
                    .OrderByDescending(o => o.Coverage)
                    .FirstOrDefault() is { } runnerUp)
            {
                cited.Add(runnerUp);
            }
        }

        return cited.Take(limit).ToList();
    }

    /// <summary>
    /// A letter's first citation always stands; a second adds nothing when its quote came out as one already shown (its
    /// first found a better sentence in it), is no answer at all (the requester's words) or is off the topic (a re-use licence).
    /// </summary>
    private bool AddsToItsLetter(string said, Citation citation, IEnumerable<Citation> earlier, IReadOnlyList<TopicConcept> concepts)
    {
        var before = earlier.ToList();
        return before.Count == 0
            || (!QuoteSelector.NotAnAnswer(said) && OnTopic(concepts, said)
                && !before.Any(e => e.Quote.Contains(citation.Quote, StringComparison.Ordinal) || citation.Quote.Contains(e.Quote, StringComparison.Ordinal)));
    }

    private static bool GivesMoney(ScoredPassage passage) => passage.Hit.Pair.Answer.Contains('£', StringComparison.Ordinal);

    /// <summary>
    /// A question naming several authorities ("Do Devon and Moray pay pothole compensation?") is answered for each from
    /// its own best support: chosen across all at once, the authority with more or closer letters crowded the other out.
    /// Each gets an equal share of the citations; the letters are the same question only when every authority's are.
    /// </summary>
    private (List<ScoredPassage> Support, bool SameQuestion) ChooseSupportEach(List<ScoredPassage> scored, ParsedQuestion question, QuoteAsk ask, IReadOnlyList<string> authorities, double minCoverage)
    {
        var share = Math.Max(1, _options.MaxCitations / authorities.Count);
        var each = authorities
            .Select(a => ChooseSupport(scored.Where(s => string.Equals(s.Hit.Letter.Authority, a, StringComparison.Ordinal)).ToList(), question, ask, minCoverage))
            .Where(e => e.Support.Count > 0)
            .ToList();
        return (each.SelectMany(e => e.Support.Take(share)).ToList(), each.Count > 0 && each.All(e => e.SameQuestion));
    }

    /// <summary>
    /// One passage per letter: the one whose own question covers the topic best, then the one covering most; among
    /// equals the letter's earlier question, which is usually the headline one its later questions build on.
    /// </summary>
    /// <remarks>
    /// A question asking how much money is answered by a passage whose answer gives an amount, when the letter has one
    /// on the topic: "income received from FPNs: £2090" before the count of FPNs issued beside it.
    /// </remarks>
    private static List<ScoredPassage> BestPerLetter(IEnumerable<ScoredPassage> passages, bool asksMoney = false) =>
        passages
            .GroupBy(s => s.Hit.LetterId, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(s => asksMoney && s.Hit.Pair.Answer.Contains('£', StringComparison.Ordinal)).ThenByDescending(s => s.QuestionCoverage).ThenByDescending(s => s.Coverage).ThenBy(s => s.Hit.PairIndex).First())
            .ToList();

    /// <summary>The best passages overall, or from each named authority in turn when the question names some.</summary>
    /// <remarks>
    /// A question that names no authority but names letters by a reference the index holds is answered from those
    /// letters alone, without reading the whole index for its topic words.
    /// </remarks>
    private List<ScoredPassage> Retrieve(ParsedQuestion parsed, IReadOnlyList<TopicConcept> concepts, IReadOnlyList<string> authorities, bool rareWordsOnly = false)
    {
        var query = new PassageQuery
        {
            Text = parsed.Topic,
            References = parsed.References,
            Limit = _options.RetrievalDepth,
            RareWordsOnly = rareWordsOnly,
        };

        // The authorities given are always among those the question names, so naming none leaves none to search.
        IReadOnlyList<PassageHit> named = parsed.Authorities.Count == 0 && parsed.References.Count > 0
            ? _index.Search(query with { OnlyReferences = true })
            : [];
        var hits = named.Count > 0
            ? named
            : (authorities.Count == 0 ? [null] : authorities.Cast<string?>()).SelectMany(authority => _index.Search(query with { Authority = authority }));

        return hits.Select(h => NamesReference(h, parsed) ? new ScoredPassage(h, 1.0, 1.0) : _scorer.Score(h, concepts)).ToList();
    }

    /// <summary>
    /// Passages of letters whose file name names the authorities the question asks about, which the index holds no
    /// attributed letters from, or of letters with no authority whose text names them; with the caveat saying how they were matched, or null
    /// when there are none.
    /// </summary>
    private (List<ScoredPassage> Scored, string? Caveat) FromUnattributed(ParsedQuestion parsed, IReadOnlyList<TopicConcept> concepts, IReadOnlyList<string> missing)
    {
        var named = missing.Select(_catalog.Resolve).OfType<Authority>().ToList();
        var matched = Retrieve(parsed, concepts, [])
            .Select(s => (Passage: s, How: named.Select(a => UnattributedLetters.HowItNames(s.Hit.Letter, a)).FirstOrDefault(h => h is not null)))
            .Where(m => m.How is not null)
            .ToList();
        return matched.Count == 0
            ? ([], null)
            : (matched.Select(m => m.Passage).ToList(), $"No letter is attributed to {string.Join(" or ", missing)}; this rests on letters where {matched[0].How} names it.");
    }

    /// <summary>Why a letter on the topic is no answer when its answer only points to an attachment the text lacks.</summary>
    private string? PointsToAttachment(List<ScoredPassage> scored) =>
        scored.FirstOrDefault(s => s.Coverage >= _options.MinCoverage && AttachmentOnly.Is(s.Hit.Pair.Answer)) is { } pointer
            ? $"The letter from {pointer.Hit.Letter.Authority ?? "an unknown authority"} ({AnswerComposer.Where(Cite(pointer, []))}) points to an attachment that is not in the text."
            : null;

    /// <summary>A question that names a letter's reference is about that letter.</summary>
    private static bool NamesReference(PassageHit hit, ParsedQuestion parsed) =>
        parsed.References.Any(r => hit.Letter.References.Contains(r, StringComparer.OrdinalIgnoreCase));

    private Answer Abstain(string? id, ParsedQuestion parsed, IReadOnlyList<TopicConcept> concepts, IReadOnlyList<string> authorities, string? reason, List<ScoredPassage>? scored = null)
    {
        // Near misses come from the authorities asked about when they have letters, else from anyone: in a large
        // index, from passages holding a rarer word of the question, as reading every common one is no near miss.
        scored ??= concepts.Count == 0 ? [] : Retrieve(parsed, concepts, authorities, rareWordsOnly: authorities.Count == 0);
        if (scored.Count == 0 && authorities.Count > 0 && concepts.Count > 0)
        {
            scored = Retrieve(parsed, concepts, [], rareWordsOnly: true);
        }

        return new Answer
        {
            Id = id,
            Question = parsed.Text,
            Verdict = Verdict.NoAnswer,
            Text = AnswerComposer.Abstention(reason),
            Abstained = true,
            Related = Related(scored, concepts, []),
        };
    }

    private List<Citation> Related(List<ScoredPassage> scored, IReadOnlyList<TopicConcept> concepts, HashSet<string> exclude) =>
        scored
            .Where(s => !exclude.Contains(s.Hit.LetterId) && s.Coverage > 0)
            .GroupBy(s => s.Hit.LetterId)
            .Select(g => g.OrderByDescending(s => s.Coverage).ThenByDescending(s => s.Hit.Score).First())
            .OrderByDescending(s => s.Coverage)
            .ThenByDescending(s => s.Hit.Score)
            .Take(_options.MaxRelated)
            .Select(s => Cite(s, concepts))
            .ToList();

    /// <remarks>
    /// A citation in support of an answer quotes the sentence that answers; when the passage it was found by holds none
    /// (only a heading, or no figure or date where one was asked), the letter's answering sentence elsewhere is quoted.
    /// </remarks>
    private Citation Cite(ScoredPassage passage, IReadOnlyList<TopicConcept> concepts) => Quoted(passage, concepts, null).Citation;

    /// <summary>A quote with some of the question's topic in it: one with none says nothing of what was asked.</summary>
    private bool OnTopic(IReadOnlyList<TopicConcept> concepts, string quote) => concepts.Count == 0 || _scorer.Coverage(concepts, quote) >= OnTopicCoverage;

    /// <returns>The citation, whose quote is the answering sentence with its neighbours; the pair and letter it is from; and
    /// the answering sentence alone, which the verdict is read from (a neighbour may say something else of another part).</returns>
    private (Citation Citation, QaPair Pair, Disclosure Letter, string Said) Quoted(ScoredPassage passage, IReadOnlyList<TopicConcept> concepts, QuoteAsk? ask)
    {
        var letter = passage.Hit.Letter;
        var pair = passage.Hit.Pair;
        var quote = pair.Answer.Length > 0 ? QuoteSelector.Select(pair.Answer, pair.Outcome, concepts, _scorer, ask ?? QuoteAsk.Any, pair.Question) : "";
        if (ask is not null && !QuoteSelector.Answers(quote, ask) && LetterQuote.Find(letter, concepts, _scorer, ask) is { } better)
        {
            (pair, quote, _) = better;
        }
        else if (ask is not null && passage.QuestionCoverage < _options.StrongCoverage && YesNoCues.Of(quote) is null && LetterQuote.Find(letter, concepts, _scorer, ask, besides: pair) is { } clearer
            && clearer.Score >= LetterQuote.Score(quote, concepts, _scorer, ask) + ClearlyBetter)
        {
            (pair, quote, _) = clearer;
        }

        if (ask is not null && _semantic?.Quote(ask.Question, passage, ask) is { } likest)
        {
            (pair, quote) = (passage.Hit.Pair, likest);
        }

        var said = quote;
        if (ask is not null)
        {
            var spanned = QuoteSpan.Around(pair.Answer, quote);
            quote = ReferenceEquals(spanned, quote) ? QuoteSpan.Around(pair.Question, quote) : spanned;
        }

        return (new Citation
        {
            Ref = letter.Reference,
            Authority = letter.Authority ?? "unknown authority",
            Date = letter.ResponseDate,
            Question = pair.Question,
            Quote = quote,
            Source = letter.Source,
            SourceAddress = letter.SourceAddress,
        }, pair, letter, said);
    }
}
