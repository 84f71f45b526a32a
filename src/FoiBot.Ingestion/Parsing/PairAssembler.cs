using FoiBot.Core.Text;
using FoiBot.Core;

namespace FoiBot.Ingestion.Parsing;

/// <summary>Chooses the layout a letter uses and turns its drafts into question/answer pairs with outcomes.</summary>
internal static partial class PairAssembler
{
    /// <param name="looksLikeFoi">Whether the letter shows it is an FOI response (a reference, a named law, an acknowledgement), so that prose with no numbered questions is still read as one answer.</param>
    public static List<QaPair> Assemble(LetterSections sections, bool looksLikeFoi, List<ParseDiagnostic> diagnostics)
    {
        sections = sections with { Request = QuotedLaw.Remove(RunOnNumbering.Split(LooseNumberedRun.Mark(GluedAnswerLabel.Split(sections.Request)))), Response = sections.Response is { } r ? LooseNumberedRun.Mark(r) : null };
        List<DraftPair> drafts;
        if (sections.Exchanges is { } exchanges)
        {
            drafts = [];
            foreach (var (number, request, answer) in exchanges)
            {
                var answered = Answered(QuotedLaw.Remove(RunOnNumbering.Split(request)), RunOnNumbering.Split(answer));

                if (answered is [{ Number: null } single])
                {
                    Renumber(single, number, request[0]);
                }

                drafts.AddRange(answered);
            }
        }
        else if (sections.Response is { } response)
        {
            drafts = Answered(sections.Request, RunOnNumbering.Split(response));
        }
        else
        {
            drafts = InlineLayout.Assemble(sections.Request);

            // A table whose rows ask and answer, in a letter with no answered question outside it.
            if (!drafts.Exists(d => d.HasAnswer) && TableRowLayout.TryAssemble(sections.Request) is { } rows)
            {
                drafts = rows;
            }

            if (sections.ReviewSought && AreStatements(drafts))
            {
                drafts = [];
            }

            // The inline reading shows where a run restarts: a question 1 after a question 2 or later.
            // So does a listed request read as one question ("Q1-3") with the answers' run inside it.
            if ((RestartedNumbering.Restarts(drafts) || drafts.Exists(d => d.Number?.Contains('-', StringComparison.Ordinal) == true)) && RestartedNumbering.TryAssemble(sections.Request) is { } restarted && Answered(restarted) > Answered(drafts))
            {
                drafts = restarted;
            }

            if (drafts.Count == 0 && looksLikeFoi)
            {
                drafts = QuestionLineLayout.Assemble(sections.Request, sections.ExplicitRequest);
            }

            // An acknowledgement alone still records what was asked, unanswered.
            if (drafts.Count == 0 && looksLikeFoi && (sections.Request.Any(l => l.Length > 0) || sections.RequestSummary is not null))
            {
                drafts = [Prose(sections)];
            }
        }

        VoiceLayout.JoinListedRequests(drafts);
        RestatedQuestion.Remove(drafts);
        var pairs = new List<QaPair>();
        foreach (var draft in drafts)
        {
            var question = Tidy(draft.Question);
            var answer = AnswerCleaner.Clean(draft.Answer);
            if (question.Length == 0 && answer.Length == 0)
            {
                continue;
            }

            if (question.Length == 0)
            {
                diagnostics.Add(new(DiagnosticSeverity.Warning, "pairs", "an answer was found without the question it answers"));
            }

            pairs.Add(new QaPair
            {
                Number = draft.Number,
                Question = question,
                Answer = answer,
                Outcome = OutcomeReader.Classify(answer),
            });
        }

        return pairs;
    }

    /// <summary>
    /// One question in a headed block: "Request 2" numbers it, or its own "2." does, which a block starting at 2 would
    /// otherwise read as text.
    /// </summary>
    private static void Renumber(DraftPair single, string? heading, string first)
    {
        if (heading is null && NumberedLine.TryParse(first) is { IsSubItem: false, Numbers.Count: 1 } own && own.Rest.Length > 0
            && single.Question.StartsWith(first, StringComparison.Ordinal))
        {
            heading = own.First.ToString(System.Globalization.CultureInfo.InvariantCulture);
            single.Question = own.Rest + single.Question[first.Length..];
        }

        single.Number = heading;
    }

    /// <summary>The questions of a request answered in a response section of their own: by echo, by number, or all at once.</summary>
    private static List<DraftPair> Answered(IReadOnlyList<string> request, IReadOnlyList<string> response)
    {
        response = QuotedLaw.RemoveFromAnswer(response);
        var questions = RequestReader.Read(request);
        var echoed = EchoLayout.TryAssemble(questions, response);

        // Echoes that answer every one of several questions leave no better reading to look for.
        var numbered = echoed is not null && questions.Count > 1 && Answered(echoed) >= questions.Count ? null
            : NumberedResponseLayout.TryAssemble(questions, response) ?? NumberedResponseLayout.TryAssemble(RequestReader.ByLine(request), response);

        // A question repeated at the foot of numbered answers (a page that prints the request again) is no echo layout.
        return (numbered is not null && (echoed is null || Answered(numbered) > Answered(echoed)) ? numbered : echoed)
            ?? SingleAnswer(questions, request, response);
    }

    /// <summary>
    /// A prose letter: the acknowledgement says what was asked ("in which you asked for ..."), or, after an opener
    /// such as "You requested:", the first paragraph is the request; the rest of the body answers it.
    /// </summary>
    private static DraftPair Prose(LetterSections sections)
    {
        var body = sections.Request;
        if (sections.RequestSummary is null && (sections.ExplicitRequest || ReadsAsRequest(body.FirstOrDefault(l => l.Length > 0))))
        {
            // The request ends at its paragraph's end or, printed without one, where the authority starts to answer.
            var end = body.ToList().FindIndex(l => l.Length == 0);
            if (end < 0 && sections.ExplicitRequest && body.Count > 1)
            {
                end = body.ToList().FindIndex(1, InlineAnswerSplitter.OpensAnswer);
            }

            if (end > 0 && body.Skip(end).Any(l => l.Length > 0))
            {
                var pair = new DraftPair(null, string.Join("\n", body.Take(end)));
                pair.Answer.AddRange(body.Skip(end));
                return pair;
            }
        }

        if (sections.RequestSummary is null && GluedCells(body) is { } glued)
        {
            return glued;
        }

        // Nothing marks the request: who speaks in each line does.
        if (sections.RequestSummary is null && VoiceLayout.TryAssemble(body) is { } voiced)
        {
            return voiced;
        }

        var prose = new DraftPair(null, sections.RequestSummary ?? "");

        // A log that reports the request ("We were asked to ...") answers below it; what stands above is the page's introduction.
        if (sections.RequestSummary is { } reported && AcknowledgedRequest.IsReported(reported)
            && body.ToList().FindIndex(l => l.StartsWith(reported, StringComparison.Ordinal)) is var at and > 0)
        {
            body = body.Skip(at).ToList();
        }

        prose.Answer.AddRange(sections.RequestSummary is { } asked ? body.Select(l => WithoutRestatement(l, asked)) : body);
        return prose;
    }

    /// <summary>
    /// "... Which departments were engaged in such research?The University does not keep ...": a log's table row
    /// with its cells run together; the answer cell starts right after the request's last question mark.
    /// </summary>
    private static DraftPair? GluedCells(IReadOnlyList<string> body)
    {
        for (var i = body.Count - 1; i >= 0; i--)
        {
            var cell = GluedCell().Matches(body[i]).LastOrDefault(m => !InAddress(body[i], m.Index));
            if (cell is not null)
            {
                var pair = new DraftPair(null, body[i][..(cell.Index + 1)]);
                pair.Answer.Add(body[i][(cell.Index + 1)..]);
                pair.Answer.AddRange(body.Skip(i + 1));
                return pair;
            }
        }

        return null;
    }

    /// <summary>A web address's query ("...aspx?CommitteeId=115") is no cell border.</summary>
    private static bool InAddress(string line, int at)
    {
        var word = line.LastIndexOf(' ', at) + 1;
        return line.AsSpan(word, at - word).ContainsAny('/', '=');
    }

    /// <summary>"You asked for the number of ...": the sentence the question was read from restates the request and is no answer.</summary>
    private static string WithoutRestatement(string line, string asked) =>
        line.Contains(asked, StringComparison.Ordinal)
            ? string.Join(" ", Sentences.Split(line).Where(s => !s.Contains(asked, StringComparison.Ordinal)))
            : line;

    /// <summary>A first paragraph that asks ("Please could you tell me ...?"): the request, with the answer below it.</summary>
    private static bool ReadsAsRequest(string? paragraph) =>
        paragraph is not null && (paragraph.EndsWith('?') || RequestOpening().IsMatch(paragraph));

    /// <summary>
    /// A response with neither numbers nor restated questions answers the whole request at once. Numbered items that
    /// do not ask ("1) Egham crossing", "2) Pooley Green crossing") are the options of the one question the line above
    /// them asks ("Please could you provide data ... at the following level crossings:").
    /// </summary>
    private static List<DraftPair> SingleAnswer(IReadOnlyList<RequestedQuestion> questions, IReadOnlyList<string> request, IReadOnlyList<string> response)
    {
        var numbered = questions.Count > 1 && questions.All(q => q.Number is not null);
        var label = questions.Count == 1 ? questions[0].Number?.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : numbered ? $"{questions[0].Number}-{questions[^1].Number}" : null;
        var asked = questions.Select(q => q.Text);
        if (numbered && !questions.Any(q => RequestReader.AsksOrRequests(q.Lines[0])) && Stem(request) is { } stem)
        {
            asked = asked.Prepend(stem);
        }

        var pair = new DraftPair(label, string.Join("\n", asked));
        pair.Answer.AddRange(response);
        return [pair];
    }

    private static int Answered(List<DraftPair> drafts) => drafts.Count(d => d.HasAnswer);

    /// <summary>The line right above the first numbered item, when it introduces the items with a colon.</summary>
    private static string? Stem(IReadOnlyList<string> request)
    {
        string? previous = null;
        foreach (var line in request)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (NumberedLine.TryParse(line) is { IsSubItem: false })
            {
                return previous is not null && previous.EndsWith(':') ? previous : null;
            }

            previous = line;
        }

        return null;
    }

    /// <summary>
    /// In a review letter, numbered items that nothing answers and that neither ask nor request ("1. Your original
    /// request of 22 March was refused ..."): the reviewer's reasons, part of a prose answer.
    /// </summary>
    private static bool AreStatements(List<DraftPair> drafts) =>
        drafts.Count > 0 && drafts.TrueForAll(d => !d.HasAnswer && !RequestReader.AsksOrRequests(d.Question) && !QuestionLineLayout.IsQuestion(d.Question));

    private static string Tidy(string text) =>
        string.Join("\n", text.Split('\n').Select(TextNormalizer.Collapse).Where(l => l.Length > 0));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L}|\))\?(?=\p{Lu}\p{Ll})")]
    private static partial System.Text.RegularExpressions.Regex GluedCell();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:please (?:could|can|would|provide|tell|send|supply|confirm|advise)|could you|can you|would you|i would like|i'd like|i am writing to (?:request|ask)|i (?:wish|want) to (?:request|know))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RequestOpening();
}
