using FoiBot.Core.Text;
namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The part of a letter that holds questions and answers: after the letterhead and acknowledgement, before the
/// closing boilerplate, with procedural lines taken out; split at a response heading when the letter has one.
/// </summary>
internal sealed record LetterSections(IReadOnlyList<string> Request, IReadOnlyList<string>? Response, string? RequestSummary)
{
    /// <summary>True when a line such as "You requested:" said where the request starts.</summary>
    public bool ExplicitRequest { get; init; }

    /// <summary>True when the acknowledgement says a review was asked for: the letter answers the review, not a question.</summary>
    public bool ReviewSought { get; init; }

    /// <summary>The request and response blocks of a letter that heads each question and each answer in turn; null for other layouts.</summary>
    public IReadOnlyList<(string? Number, List<string> Request, List<string> Response)>? Exchanges { get; init; }

    public static LetterSections Split(IReadOnlyList<string> lines)
    {
        var salutations = Enumerable.Range(0, lines.Count).Where(i => LineRules.IsSalutation(lines[i])).ToList();
        var several = HeadedExchanges.ListsSeveral(lines);
        if (salutations.Count >= 2 && !several && Thread(lines, salutations) is { } thread)
        {
            return thread;
        }

        // Without a line that opens the request, the salutation ends the letterhead.
        var start = FindIndex(lines, 0, LineRules.StartsRequest);
        if (start < 0)
        {
            // Counted in lines of text: a letterhead printed double-spaced is no longer for its blank lines.
            start = FindIndex(lines, 0, LineRules.IsSalutation) is var salutation and >= 0 && TextLines(lines, salutation) < 40 ? salutation - 1 : -1;
        }

        var body = new List<string>();
        var headings = new List<int>(); // where in body each response heading stands, so the regex runs once a line
        var explicitStart = start >= 0 && LineRules.StartsRequest(lines[start]);
        var marks = new List<(int At, bool Request)>(); // request and response headings in turn, for HeadedExchanges
        var headingLines = new HashSet<int>();
        if (explicitStart)
        {
            marks.Add((0, true));
        }

        var readText = false;
        string? summary = null;
        var review = false;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = LineRules.IsSalutation(lines[i]) && !Procedure.IsProcedural(lines[i]) ? LineRules.WithoutSalutation(lines[i]) : lines[i];
            if (LineRules.StartsBoilerplate(line) && readText)
            {
                // Review rights pasted between two answers: the letter goes on at the next numbered question.
                var resume = NextQuestion(lines, i, body);
                resume = resume < 0 ? ReplyAfterSignOff(lines, i) : resume;
                if (resume < 0)
                {
                    break;
                }

                i = resume - 1;
                continue;
            }

            // "... in which you requested a review of our response": a review letter answers no question of its own.
            if (summary is null && !review && AcknowledgedRequest.Find(line) is { } asked)
            {
                review = AcknowledgedRequest.IsReview(asked);
                summary = review ? null : asked;
            }

            readText |= line.Length > 0;

            // "We have considered your request under the EIR. The comments are attached.": keep what follows the procedure.
            line = Procedure.Without(line);

            if (LineRules.StartsResponse(line) || HeadedExchanges.IsResponseHeading(line))
            {
                AddHeading(body, headings, marks, headingLines, line);
                continue;
            }

            // "Response: Information in relation to ...": the heading and the answer's first line share a line.
            if (LineRules.AnswerAfterResponseLabel(line) is { } answer)
            {
                AddHeading(body, headings, marks, headingLines, "Response");
                line = answer;
            }

            if (LineRules.StartsRequest(line) || HeadedExchanges.IsRequestHeading(line))
            {
                marks.Add((body.Count, true));
            }

            // A date standing alone is the letter's date in the header, but a table cell further down.
            if ((line.Length == 0 && lines[i].Length > 0)
                || Procedure.IsProceduralLine(line)
                || ReferenceExtractor.IsReferenceLine(line)
                || LineRules.IsDateField(line)
                || (LetterDateParser.IsDateOnly(line) && !body.Exists(l => l.Length > 0))
                || (line.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) && !body.Exists(l => l.Length > 0))
                || LineRules.IsLawHeading(line)
                || LineRules.StartsRequest(line))
            {
                continue;
            }

            if (HeadedExchanges.IsRequestHeading(line))
            {
                headingLines.Add(body.Count);
            }

            body.Add(line);
        }

        if (marks.Count >= (several ? 3 : 4) && HeadedExchanges.Pair(body, marks, headingLines, several) is { } exchanges)
        {
            return new LetterSections(Trim(body), null, summary) { Exchanges = exchanges, ReviewSought = review };
        }

        // A "Response" heading under every question: the letter alternates question and answer, so read it inline.
        if (headings.Count > 1)
        {
            return new LetterSections(Trim(body.Where((_, i) => !headings.Contains(i)).ToList()), null, summary) { ReviewSought = review };
        }

        var response = headings.Find(i => i >= 1) is var h and > 0 ? h : -1;
        if (response < 0 && QuotedRequest.End(body) is var quoted and >= 0)
        {
            return new LetterSections(Trim(QuotedRequest.Unquoted(body[..(quoted + 1)])), Trim(body[(quoted + 1)..]), summary) { ExplicitRequest = explicitStart, ReviewSought = review };
        }

        return response < 0
            ? new LetterSections(Trim(body), null, summary) { ExplicitRequest = explicitStart, ReviewSought = review }
            : new LetterSections(Trim(body[..response]), Trim(body[(response + 1)..]), summary) { ExplicitRequest = explicitStart, ReviewSought = review };
    }

    /// <summary>
    /// Records a response heading; "Our response" over "Response", a heading right under another, opens the same
    /// section. Only <see cref="LineRules.StartsResponse"/> headings split the letter; numbered ones ("Answer 1") stay
    /// lines of the body for the inline reading.
    /// </summary>
    private static void AddHeading(List<string> body, List<int> headings, List<(int At, bool Request)> marks, HashSet<int> headingLines, string line)
    {
        if (headings.Count > 0 && !HasText(body, headings[^1] + 1) && LineRules.StartsResponse(line))
        {
            return;
        }

        marks.Add((body.Count, false));
        headingLines.Add(body.Count);
        if (LineRules.StartsResponse(line))
        {
            headings.Add(body.Count);
        }

        body.Add(line);
    }

    /// <summary>The next numbered question within a few lines after <paramref name="from"/>, numbered after the last one seen; -1 if none.</summary>
    private static int NextQuestion(IReadOnlyList<string> lines, int from, List<string> body)
    {
        var last = body.Select(l => NumberedLine.TryParse(l)).Where(n => n is { IsSubItem: false }).Select(n => n!.Numbers[^1]).DefaultIfEmpty(0).Max();
        if (last == 0)
        {
            return -1;
        }

        // A PDF's review rights and addresses run to twenty lines or so between two answers.
        for (var j = from + 1; j < lines.Count && j <= from + 25; j++)
        {
            if (NumberedLine.TryParse(lines[j]) is { IsSubItem: false, Loose: false } next && next.First == last + 1)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Yours faithfully" / "A. Requester" / "Response": a page that prints the request as sent, with the requester's
    /// sign-off, and the authority's reply under a heading of its own a few lines on; the letter goes on at the heading.
    /// </summary>
    private static int ReplyAfterSignOff(IReadOnlyList<string> lines, int from)
    {
        if (!lines[from].StartsWith("Yours faithfully", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        for (var j = from + 1; j < lines.Count && j <= from + 6; j++)
        {
            if (LineRules.StartsResponse(lines[j]))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// An e-mail thread (a WhatDoTheyKnow page, a reply quoting the request): the requester's letter is the first
    /// "Dear ..." block and the authority's answer the last; acknowledgements in between answer nothing.
    /// </summary>
    private static LetterSections? Thread(IReadOnlyList<string> lines, List<int> salutations)
    {
        var request = Block(lines, salutations[0]);
        var response = Block(lines, salutations[^1]);
        if (request.Count == 0 || response.Count == 0)
        {
            return null;
        }

        // "In your email you have requested information to the following question:": a reply that restates the
        // request itself is a whole letter, its own restatement the question (the thread's first block may word it
        // otherwise, or the reply may answer only part of it); the letter is read from that line.
        if (response.FindIndex(LineRules.StartsRequest) is var restated and >= 0 && restated < response.Count - 1)
        {
            return null;
        }

        var summary = request.Concat(response).Select(AcknowledgedRequest.Find).FirstOrDefault(s => s is not null && !AcknowledgedRequest.IsReview(s));
        return new LetterSections(Trim(request), Trim(response), summary);
    }

    /// <summary>The lines of one letter in a thread: from after its salutation to its sign-off, without procedure.</summary>
    private static List<string> Block(IReadOnlyList<string> lines, int salutation)
    {
        var block = new List<string>();
        var first = Procedure.IsProcedural(lines[salutation]) ? "" : LineRules.WithoutSalutation(lines[salutation]);
        foreach (var line in lines.Skip(salutation + 1).Prepend(first))
        {
            if ((LineRules.StartsBoilerplate(line) || LineRules.IsSalutation(line)) && block.Exists(l => l.Length > 0))
            {
                break;
            }

            if (!Procedure.IsProcedural(line) && !ReferenceExtractor.IsReferenceLine(line) && !LineRules.IsLawHeading(line))
            {
                block.Add(line);
            }
        }

        return block;
    }

    private static int TextLines(IReadOnlyList<string> lines, int before)
    {
        var count = 0;
        for (var i = 0; i < before; i++)
        {
            count += lines[i].Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static bool HasText(List<string> body, int from)
    {
        for (var i = from; i < body.Count; i++)
        {
            if (body[i].Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int FindIndex(IReadOnlyList<string> lines, int from, Func<string, bool> test)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (test(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> Trim(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        var last = lines.FindLastIndex(l => l.Length > 0);
        return first < 0 ? [] : lines[first..(last + 1)];
    }
}
