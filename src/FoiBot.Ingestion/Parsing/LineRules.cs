using System.Buffers;
using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The kinds of line every authority's letters share, whatever their layout: page clutter, form labels, procedural
/// sentences, the start of the request and of the response, and the closing boilerplate.
/// </summary>
internal static partial class LineRules
{
    // SearchValues: string.Contains(..., OrdinalIgnoreCase) is a slow char-by-char loop under invariant globalization.
    private static readonly SearchValues<string> s_contactWords = SearchValues.Create(["fax", "tel"], StringComparison.OrdinalIgnoreCase);


    /// <summary>Web page furniture kept by the converter: never part of a letter.</summary>
    public static bool IsClutter(string line) =>
        Clutter().IsMatch(line)
        || Separator().IsMatch(line)
        || ((line.StartsWith("www", StringComparison.OrdinalIgnoreCase) || line.StartsWith("http", StringComparison.OrdinalIgnoreCase)) && BareDomain().IsMatch(line))
        || (line.AsSpan().ContainsAny(s_contactWords) && ContactFooter().IsMatch(line))
        || (BannerWord().IsMatch(line) && Banner().IsMatch(line));

    /// <summary>A disclosure-log field label ("Request ID", "Date Received") whose value, if any, is on the next line.</summary>
    public static bool IsFormLabel(string line) => line.Length is > 0 and <= 22 && FormLabel().IsMatch(line);

    /// <summary>A date field with its value on the same line ("Received 9 May 2023", "Date of decision: 21/01/26"): a fact about the letter, never a question or answer.</summary>
    public static bool IsDateField(string line) =>
        line.Length is > 6 and <= 60 && "DRPLdrpl".Contains(line[0], StringComparison.Ordinal) && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && DateField().IsMatch(line);

    /// <summary>A date written with a two-digit year ("21/01/26"), as disclosure logs print a field's value.</summary>
    public static bool IsShortDate(string line) => ShortDate().IsMatch(line);

    private const string DateLabelPattern =
        @"(?:Date(?:\s+(?:of\s+(?:request|response|decision)|request\s+received|received|requested|responded|resolved|published|released|completed|sent))?"
        + @"|(?:Request|Response|Decision|Publication|Released)\s+date|Received|Requested|Responded|Released|Published|Last updated)";

    // "Request Date: 26/05/2020 Archived": a log's status may follow the date.
    [GeneratedRegex(@"^" + DateLabelPattern + @"\s*[:\-–]?\s*(?:" + LetterDateParser.Pattern + @"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2})\.?(?:\s+\p{L}+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateField();

    [GeneratedRegex(@"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$")]
    private static partial Regex ShortDate();

    /// <summary>Where the closing boilerplate begins: review rights, re-use terms, marketing notes, sign-off.</summary>
    public static bool StartsBoilerplate(string line) => Boilerplate().IsMatch(line);

    /// <summary>A line that introduces the requester's questions; what comes before it is letterhead.</summary>
    public static bool StartsRequest(string line)
    {
        line = WithoutColonDash(line);
        return (line.EndsWith(':') || line.EndsWith("information", StringComparison.OrdinalIgnoreCase) || line.EndsWith("requested", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("You", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Request", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("FOI", StringComparison.OrdinalIgnoreCase) || line.StartsWith("EIR", StringComparison.OrdinalIgnoreCase))
            && RequestStart().IsMatch(line);
    }

    /// <summary>A heading that opens the authority's answers ("Response", "Response 28-05-2013", "We answered", "I can reply as follows: -").</summary>
    public static bool StartsResponse(string line)
    {
        line = WithoutColonDash(line);
        return ResponseStart().IsMatch(line) || (line.EndsWith(':') && (ResponseOpener().IsMatch(line) || (line.Length <= 80 && AnswersIntroduced().IsMatch(line))))
            || (line.Length <= 80 && EndsWithResponseWord(line) && NamedResponse().IsMatch(line) && !IsLawHeading(line));
    }

    /// <summary>"... Response", "... reply –": the cheap test that rules out most lines before the name pattern runs.</summary>
    private static bool EndsWithResponseWord(string line)
    {
        var end = line.AsSpan().TrimEnd(" :-–");
        return end.EndsWith("esponse", StringComparison.Ordinal) || end.EndsWith("eply", StringComparison.Ordinal) || end.EndsWith("ESPONSE", StringComparison.Ordinal);
    }

    // "The council's answers are:", "Our responses to your questions are below:": a short line with no number that
    // introduces the answers, whoever it says gives them.
    [GeneratedRegex(@"^(?:the|our|my)\b[^:\d]{0,40}\b(?:responses?|reply|replies|answers?)\b[^:\d]{0,30}:$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswersIntroduced();

    /// <summary>"Response: Information in relation to ...": the answer written on the heading's own line, or null when the line is no such heading.</summary>
    public static string? AnswerAfterResponseLabel(string line) =>
        line.Length > 10 && "ROIFroif".Contains(line[0], StringComparison.Ordinal) && LabelledResponse().Match(line) is { Success: true } m ? m.Groups["a"].Value : null;

    [GeneratedRegex(@"^(?:Response|Our response|In response|Council response|Final response)\s*[:\-–]\s*(?<a>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledResponse();

    // "DWP Response", "The Scottish Fire and Rescue Service (SFRS) response –": the authority names its own answer.
    // Case matters: the words before "response" are a name, capitalised, and none of them is the request's.
    [GeneratedRegex(@"^(?:The\s+)?(?!.*\b(?:Request|Question|request|question)s?\b)(?:(?:\p{Lu}[\p{L}'’&.-]*|\(\p{Lu}{2,}\)|and|of|for|&)\s+){1,7}(?:[Rr]esponse|[Rr]eply|RESPONSE)\s*[:\-–]?$")]
    private static partial Regex NamedResponse();

    /// <summary>"... the following information:-", "reply as follows: -", "You requested –": a dash after a heading's colon, or in its place, is typography; the colon ends the heading.</summary>
    private static string WithoutColonDash(string line) =>
        line.Length > 2 && line[^1] is '-' or '–' && ColonDash().Match(line) is { Success: true } m ? line[..m.Index] + ":" : line;

    [GeneratedRegex(@"(?::\s*|\s)[-–]$")]
    private static partial Regex ColonDash();

    /// <summary>Removes a leading "Dear Mr Jones" from a line that carries more of the letter after it.</summary>
    public static string WithoutSalutation(string line) => Salutation().Replace(line, "");

    /// <summary>True for a line opening with a salutation ("Dear Sir/Madam,"), or an e-mail's greeting standing alone ("Good afternoon", "Hi Adam,").</summary>
    public static bool IsSalutation(string line) => line.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase) || IsGreeting(line);

    /// <summary>"Good afternoon,", "Hello", "Hi Adam Smith,": how an e-mailed reply opens in place of "Dear ...", alone on its line.</summary>
    public static bool IsGreeting(string line) => line.Length is > 1 and <= 40 && "GHgh".Contains(line[0], StringComparison.Ordinal) && Greeting().IsMatch(line);

    [GeneratedRegex(@"^(?:Good (?:morning|afternoon|evening|day)|Hello|Hi)(?:\s+[\p{Lu}][\w'’.-]*){0,3}\s*[,!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    /// <summary>The requester's closing courtesies and format wishes, which are never a question.</summary>
    public static bool IsRequestClosing(string line) => RequestClosing().IsMatch(line);

    /// <summary>A line naming only the law the request was handled under.</summary>
    public static bool IsLawHeading(string line) => LawHeading().IsMatch(line) || GenericFoiHeading().IsMatch(line);

    private const string ClutterPattern =
        @"^(?:"
        + @"Rate this page"
        + @"|Give website feedback"
        + @"|Back to top"
        + @"|Click or tap for\b.*"
        + @"|FOI request detail"
        + @"|Online Services"
        + @"|A-Z of Online Forms\b.*"
        + @"|How to search"
        + @"|Select a year\b.*"
        + @"|Type a subject\b.*"
        + @"|Click '?Search'?\b.*"
        + @"|Alternatively click\b.*"
        + @"|This search is for\b.*"
        + @"|See answers to previous information requests"
        + @"|Skip to (?:main )?content"
        + @"|Share this page"
        + @"|Print this page"
        + @"|Was this page (?:useful|helpful)\??"
        + @"|Accept (?:all )?cookies"
        + @"|Cookie settings"
        + @"|Want to make a request\?"
        + @"|We'll (?:email|publish) you\b.*"
        + @"|We'll publish the response\b.*"
        + @"|Share"
        + @"|Share this"

        // A page's own footer: contact and comment links, and who is responsible for the page.
        + @"|Contact|Comments|Contact us(?: if you have (?:a|any) (?:question|quer(?:y|ies))\b.*)?"
        + @"|The content (?:on|of) this page is\b.*"
        + @"|\|+"

        // An empty list item (a bullet or dash alone) that a page converter keeps from the site's navigation.
        + @"|[-–—•]"

        // Printed-page furniture that text taken from a PDF keeps between paragraphs: page numbers and the
        // government protective marking repeated in every header and footer.
        + @"|Page \d+(?:\s*(?:of|/)\s*\d+)?"
        + @"|(?:OFFICIAL|NOT PROTECTIVELY MARKED|UNCLASSIFIED)(?:\s*[-–:]\s*(?:SENSITIVE|PERSONAL|COMMERCIAL))?"
        + @")$";

    [GeneratedRegex(ClutterPattern, RegexOptions.IgnoreCase)]
    private static partial Regex Clutter();

    [GeneratedRegex(@"\b(?:(?:advise|respond|reply|answer|confirm)\s+as follows|(?:our|the|my) (?:response|reply|answers?)s? (?:is|are)?\s*(?:as follows|below|set out below)|please (?:find|see) (?:our|the|my) (?:response|reply|answers?)(?: below)?|in response to your (?:request|questions?)(?:,? (?:I|we) (?:can|am able to|are able to) (?:advise|confirm)(?: the following)?)?)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseOpener();

    [GeneratedRegex(@"cookie|exit|leave|hide|beta|new service|technical problem", RegexOptions.IgnoreCase)]
    private static partial Regex BannerWord();

    [GeneratedRegex(@"^(?:Freedom of information|FOI|EIR|FOISA)(?:\s+(?:response|request|release|disclosure|reply)s?)?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericFoiHeading();

    // Site banners a page converter keeps: cookie notices, "exit this site" buttons, beta labels.
    [GeneratedRegex(@"^(?:(?:This|Our) (?:site|website) uses cookies\b.*|We use (?:some essential )?cookies\b.*|.{0,60}\bcookies? (?:settings|policy|preferences|notice)\b.{0,60}|(?:Exit|Leave) this (?:site|page)\b.*|Hide this page\b.*|Quick(?:ly)? exit\b.*|This is a new service\b.*|BETA\b.*"
        + @"|.*\b(?:cookie (?:preferences|settings)|(?:essential|additional) cookies|cookies page)\b.*|This (?:site|service|website) is (?:a |in )?beta\b.*|Sorry, there was a technical problem\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Banner();

    // A rule drawn with symbols ("▬▬▬", "-----") between parts of a page.
    [GeneratedRegex(@"^[^\p{L}\p{N}]{3,}$")]
    private static partial Regex Separator();

    // The authority's own web address alone on a line: a page footer, not an answer's link (which has a path).
    [GeneratedRegex(@"^(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDomain();

    // A letterhead or footer contact line: an address with fax or telephone numbers.
    [GeneratedRegex(@"\bFax\b\.?:?\s*[+(\d]|\b(?:Tel|Telephone)\b\.?:?\s*[+(\d].*\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b.*\b(?:Tel|Telephone)\b\.?:?\s*[+(\d]", RegexOptions.IgnoreCase)]
    private static partial Regex ContactFooter();

    private const string FormLabelPattern =
        @"^(?:"
        + @"Request ID"
        + @"|Reference"
        + @"|FOI reference"
        + @"|Our reference"
        + @"|Reference number"
        + @"|Case reference"
        + @"|Date Received"
        + @"|Date of request"
        + @"|Request date"
        + @"|Requested by"
        + @"|Date request received"
        + @"|Date of decision"
        + @"|Decision date"
        + @"|Released date"
        + @"|Date released"
        + @"|Date completed"
        + @"|Your ref(?:erence)?"
        + @"|Our ref(?:erence)?"
        + @"|Publication date"
        + @"|Request reference"
        + @"|FOI number"
        + @"|Received"
        + @"|Requested"
        + @"|Date Resolved"
        + @"|Date Published"
        + @"|Date Responded"
        + @"|Responded"
        + @"|Response date"
        + @"|Date of response"
        + @"|Details"
        + @"|Resolution"
        + @"|Notes"
        + @"|Date"
        + @"|Last updated"
        + @"|Status"
        + @"|Category"
        + @"|See notes"
        + @"|See details"
        + @"):?$";

    [GeneratedRegex(FormLabelPattern, RegexOptions.IgnoreCase)]
    private static partial Regex FormLabel();

    private const string BoilerplatePattern =
        @"^(?:"
        + @"Further information\b"
        + @"|Advice and Assistance\b"
        + @"|Direct Marketing\b"
        + @"|For the avoidance of doubt\b"
        + @"|Your rights?\b"
        + @"|Right of (?:appeal|review)\b"
        + @"|Rights of (?:appeal|review)\b"
        + @"|Internal review\b(?!\s+(?:reference|ref\b|number|no\b))"
        + @"|Complaints? (?:and|&) (?:appeals?|reviews?)\b"
        + @"|If you are (?:unhappy|dissatisfied|not satisfied|not happy|not content)\b"
        + @"|If you wish to (?:complain|request a review|appeal)\b"
        + @"|If you feel (?:that )?(?:the|our|this) (?:information|response|reply)\b"
        + @"|If, having exhausted\b"
        + @"|The supply of information in response\b"
        + @"|Re-?use of (?:the )?information\b"
        + @"|Copyright\b"
        + @"|Yours (?:sincerely|faithfully)\b"
        + @"|(?:Kind|Best|Warm) regards\b"
        + @"|Regards,?$"
        + @"|Annex A\b"
        + @"|For information, we publish\b"
        + @"|Please remember to quote\b"
        + @"|If you have any (?:further )?(?:queries|questions|concerns)\b"
        + @"|For service complaints\b"
        + @"|Please note that (?:this|the|your) (?:response|request|reply|information)\b.{0,40}\b(?:will|may) be published\b"
        + @"|Outcome:"
        + @"|FOI responded to within\b"
        + @"|Further action:"
        + @"|Back to (?:FOI|top|requests|the disclosure log)\b"
        + @"|Information Released:"
        + @"|Topic:"
        + @"|Document:"
        + @"|Rate this page"
        + @"|Give website feedback"
        + @"|Back to top"
        + @"|Want to make a request\b"
        + @"|Online Services$"
        + @")";

    [GeneratedRegex(BoilerplatePattern, RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    private const string RequestStartPattern =
        @"(?:"
        + @"for the following information:?$"
        + @"|\b(?:in which )?you (?:asked|requested|wrote)(?: for| the following)?(?: information)?:$"
        + @"|\brequested the following(?: information)?:$"
        + @"|\byou (?:have )?(?:requested|asked)\b[^:]{0,60}\bthe following (?:questions?|information|points?)\s*:$"
        + @"|\bthe following information(?: from [^:]{1,60})?:$"
        + @"|\b(?:request|requests)\b.{0,60}\b(?:was|were) for:$"
        + @"|^You asked:?$"
        + @"|^You have requested the following information"
        + @"|^You requested the following information\s*[:.]?$"
        + @"|^Your request:?$"
        + @"|^Request(?: details?)?:?$"
        + @"|^Request$"
        + @"|^(?:Initial|Original) request:?$"
        + @"|^Question asked:?$"
        + @"|^Information requested:?$"
        + @"|^Details of (?:the |your )?request:?$"
        + @"|^Questions and (?:final )?responses?:?$"
        + @"|^(?:FOI |EIR )?Request\s+(?:No\.?\s*)?\d{5,}\b"
        + @"|^Request received(?:\s*(?:on\s+)?[:\-–]?\s*" + LetterDateParser.Pattern + @")?\s*:?$"
        + @")";

    [GeneratedRegex(RequestStartPattern, RegexOptions.IgnoreCase)]
    private static partial Regex RequestStart();

    private const string ResponseStartPattern =
        @"^(?:"
        + @"Response"
        + @"|Responses"
        + @"|Response details?"
        + @"|Final response"
        + @"|Our response"
        + @"|Our reply"
        + @"|In response"
        + @"|The council'?s response"
        + @"|Answer"
        + @"|Answers"
        + @"|Reply"
        + @"|We answered"
        + @"|Response to your (?:request|questions?|enquiry)"
        + @"|Council response)(?:\s*[:\-–]?\s*" + LetterDateParser.Pattern + @""
        + @")?\s*:?$";

    [GeneratedRegex(ResponseStartPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ResponseStart();

    [GeneratedRegex(@"^Dear\s+(?:(?:(?:Sir|Madam|Sir/Madam|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]*|Sir/Madam|Sir or Madam|Requester|Requestor|Applicant|[A-Z][\w'’-]*)\s*,?)\s*")]
    private static partial Regex Salutation();

    private const string RequestClosingPattern =
        @"^(?:"
        + @"I (?:should|would) prefer\b"
        + @"|It would be helpful if you\b"
        + @"|I look forward\b"
        + @"|(?:Many )?thanks\b"
        + @"|Thank you\b"
        + @"|Kind regards\b"
        + @"|Yours (?:sincerely|faithfully)\b"
        + @"|If it is not possible to provide\b"
        + @"|If (?:any|part) of (?:this|my) request\b"
        + @"|If you (?:need|require|have) any (?:clarification|questions)\b"
        + @"|I would be grateful if you could (?:send|provide) (?:the |this )?(?:information|response)\b"
        + @"|Please (?:send|provide) (?:the|this|your) (?:information|response|reply) (?:in|by|to|electronically|via)\b"
        + @")";

    [GeneratedRegex(RequestClosingPattern, RegexOptions.IgnoreCase)]
    private static partial Regex RequestClosing();

    [GeneratedRegex(@"^(?:The )?(?:Freedom of Information(?: \(Scotland\))? Act(?: \d{4})?|Environmental Information(?: \(Scotland\))? Regulations(?: \d{4})?)(?:\s*\((?:FOIA|FOISA|EIR|EIRs|EISR)\))?(?:\s*[-–:]\s*(?:internal\s+)?(?:review|request|response))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LawHeading();
}
