using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The layout that heads each question and each answer in turn: "Request" / "Reply", "Request 1" / "Answer 1",
/// "1. Request" / "2. Response", "You asked:" / "Our response:". The block under each request heading is answered
/// by the block under the response heading that follows it.
/// </summary>
internal static partial class HeadedExchanges
{
    /// <summary>A heading over one of the requester's questions: "Request", "Request 1", "1. Request", "Question 2:", "You asked:".</summary>
    public static bool IsRequestHeading(string line) => line.Length is > 0 and <= 30 && RequestHeading().IsMatch(line);

    /// <summary>A heading over one answer: "Response", "Answer 1", "2. Response", "Reply:", "Our response:".</summary>
    public static bool IsResponseHeading(string line) => line.Length is > 0 and <= 30 && ResponseHeading().IsMatch(line);

    /// <summary>
    /// True for a page that lists several requests, each under the same label line ("Request", "Question") and
    /// answered under a "Response" (or "Answer") one, as council disclosure logs print them: the first request's label
    /// stands again after a response heading. Such a page holds several letters' salutations and sign-offs, so it is
    /// no e-mail thread, and a request whose answer the page cut off still has its own block. A different label after
    /// the response ("Request" ... "Response" ... "Question 1") heads a table of the answer, not another request.
    /// </summary>
    public static bool ListsSeveral(IReadOnlyList<string> lines)
    {
        string? label = null;
        var answered = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (label is not null && IsResponseHeading(lines[i]))
            {
                answered = true;
            }
            else if (IsRequestHeading(lines[i]))
            {
                if (label is null)
                {
                    label = Label(lines[i]);
                }
                else if (answered && Label(lines[i]) == label)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Label(string heading) => new(heading.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    /// <summary>
    /// The request and response blocks, when the headings alternate so that two requests at least are answered (one
    /// is enough on a page that <see cref="ListsSeveral"/>: the next request's answer may be cut off); null otherwise
    /// (one heading each way, or answers headed under numbered questions, read as before).
    /// </summary>
    /// <param name="body">The letter's body lines.</param>
    /// <param name="marks">Where each heading opens a block, in body order, and whether it opens a request.</param>
    /// <param name="headingLines">Body lines that are headings themselves, kept out of the blocks.</param>
    /// <param name="several">Whether the page lists several requests under label lines.</param>
    public static List<(string? Number, List<string> Request, List<string> Response)>? Pair(
        IReadOnlyList<string> body, IReadOnlyList<(int At, bool Request)> marks, IReadOnlySet<int> headingLines, bool several)
    {
        // A heading right under another of its kind ("Our response" / "Response") opens the same block.
        var blocks = new List<(bool Request, int From, int To)>();
        for (var i = 0; i < marks.Count; i++)
        {
            var to = i + 1 < marks.Count ? marks[i + 1].At : body.Count;
            if (blocks.Count > 0 && blocks[^1].Request == marks[i].Request)
            {
                blocks[^1] = blocks[^1] with { To = to };
            }
            else
            {
                blocks.Add((marks[i].Request, marks[i].At, to));
            }
        }

        // What stands above the first request heading is the acknowledgement, no answer.
        if (blocks.Count > 0 && !blocks[0].Request)
        {
            blocks.RemoveAt(0);
        }

        var exchanges = new List<(string? Number, List<string> Request, List<string> Response)>();
        for (var i = 0; i < blocks.Count; i += 2)
        {
            var request = Lines(body, blocks[i], headingLines);
            var response = i + 1 < blocks.Count ? Lines(body, blocks[i + 1], headingLines) : [];
            if (several)
            {
                // "R2  10th Aug 2010": the log's row for a request stands above or below its "Request" label.
                WithoutEntryRows(request);
                WithoutEntryRows(response);
            }

            if (request.Count > 0)
            {
                exchanges.Add((Number(body, blocks[i].From, headingLines), request, response));
            }
        }

        return exchanges.Count(e => e.Response.Count > 0) >= (several ? 1 : 2) ? exchanges : null;
    }

    private static void WithoutEntryRows(List<string> block)
    {
        while (block.Count > 1 && (block[^1].Length == 0 || EntryRow().IsMatch(block[^1])))
        {
            block.RemoveAt(block.Count - 1);
        }

        while (block.Count > 1 && (block[0].Length == 0 || EntryRow().IsMatch(block[0])))
        {
            block.RemoveAt(0);
        }
    }

    /// <summary>"Request 2" numbers the question under it; "3. Request" numbers the heading, not the question.</summary>
    private static string? Number(IReadOnlyList<string> body, int at, IReadOnlySet<int> headingLines) =>
        at < body.Count && headingLines.Contains(at) && HeadingNumber().Match(body[at]) is { Success: true } m ? m.Groups["n"].Value : null;

    private static List<string> Lines(IReadOnlyList<string> body, (bool Request, int From, int To) block, IReadOnlySet<int> headingLines)
    {
        var lines = new List<string>();
        for (var i = block.From; i < block.To; i++)
        {
            if (!headingLines.Contains(i))
            {
                lines.Add(body[i]);
            }
        }

        var first = lines.FindIndex(l => l.Length > 0);
        var last = lines.FindLastIndex(l => l.Length > 0);
        return first < 0 ? [] : lines[first..(last + 1)];
    }

    // A log entry's number and date, or its date alone: "R2  10th Aug 2010", "FOI 123 - 04/05/2021".
    [GeneratedRegex(@"^(?:[\w/.-]{1,15}\s*[-–:]?\s+)?(?:" + LetterDateParser.Pattern + @"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex EntryRow();

    [GeneratedRegex(@"^\D.*?(?<n>\d{1,2})[a-z]?\s*[:.\-–]?$")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s*)?(?:Request|Question|Your request|FOI request|Initial request|Original request|You asked|Information requested)(?:\s*\d{1,2}[a-z]?)?\s*[:.\-–]?$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestHeading();

    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s*)?(?:Response|Answer|Reply|Our response|Our reply|Council response|In response|Final response)(?:\s*\d{1,2}[a-z]?)?\s*[:.\-–]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseHeading();
}
