using System.Text.RegularExpressions;
using FoiBot.Core.Text;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Finds the response date (the letter's own date, "Response 28-05-2013", "Date published: ...", "Responded ...")
/// and the date the request was received ("request received on 14 January 2026").
/// </summary>
internal static partial class LetterDates
{
    public static (DateOnly? Response, DateOnly? Received) Find(IReadOnlyList<string> lines, FormFields fields)
    {
        DateOnly? response = fields.DateResolved;
        DateOnly? received = fields.DateReceived;
        DateOnly? letterhead = null;
        var seen = 0;
        var inBody = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            // Every date pattern has a four-digit year (\d, so any decimal digit); a line without four in a row holds no date.
            var mayHoldDate = HasYear(line);
            if (response is null && mayHoldDate && ResponseLabel().Match(line) is { Success: true } labelled)
            {
                response = LetterDateParser.Parse(labelled.Groups["d"].Value);
            }

            if (received is null && mayHoldDate && ReceivedLabel().Match(line) is { Success: true } got)
            {
                received = LetterDateParser.Parse(got.Groups["d"].Value);
            }

            // A date standing alone near the top is the letter's own date; once questions or answers begin, a lone date is a table cell.
            inBody |= LineRules.StartsResponse(line) || NumberedLine.TryParse(line) is { IsSubItem: false };
            if (letterhead is null && !inBody && seen <= 25 && mayHoldDate && LetterDateParser.IsDateOnly(line))
            {
                letterhead = LetterDateParser.Parse(line);
            }

            // "Our Reference: 97868 19 June 2015": the letter's date written on its reference line.
            if (letterhead is null && !inBody && seen <= 25 && ReferenceExtractor.ExtractLabelled([line]).Count > 0 && !line.Contains("Your ref", StringComparison.OrdinalIgnoreCase))
            {
                letterhead = LetterDateParser.Parse(line);
            }
        }

        // "received by the\nCouncil on the 07/02/2023": acknowledgements wrap, so they are read across lines.
        if (received is null && Received().Match(string.Join(" ", lines)) is { Success: true } acknowledged)
        {
            received = LetterDateParser.Parse(acknowledged.Groups["d"].Value);
        }

        return (response ?? letterhead, received);
    }

    private static bool HasYear(string line)
    {
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    // A bilingual letterhead puts the Welsh label first: "Dyddiad/Date: 12 March 2024".
    [GeneratedRegex(@"(?:^(?:\p{L}{2,20}\s*/\s*)?(?:Response|Responded|Published|Dyddiad|Date(?!\s*(?:of\s+request|received|requested)))|\b(?:Date published|Date of response|Response date|Date responded|Date resolved|Date sent))\s*(?:on)?\s*[:\-–]?\s*" + LetterDateParser.Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex ResponseLabel();

    [GeneratedRegex(@"\b(?:request|email|e-mail|letter|enquiry|correspondence)s?\b(?:[^.]{0,60}?\breceived\s+(?:by\s+[^.]{1,80}?\s+)?on\s+(?:the\s+)?|(?:\s+for information)?,?\s+(?:dated|of)\s+)" + LetterDateParser.Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex Received();

    [GeneratedRegex(@"^(?:\p{L}{2,20}\s*/\s*)?(?:Date received|Date of request|Received|Requested|Request date|Date requested)\s*(?:on)?\s*[:\-–]?\s*" + LetterDateParser.Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedLabel();
}
