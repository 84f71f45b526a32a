namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The part of a letter that holds questions and answers: after the letterhead and acknowledgement, before the
/// closing boilerplate, with procedural lines taken out; split at a response heading when the letter has one.
/// </summary>
internal sealed record LetterSections(IReadOnlyList<string> Request, IReadOnlyList<string>? Response)
{
    public static LetterSections Split(IReadOnlyList<string> lines)
    {
        var start = FindIndex(lines, 0, LineRules.StartsRequest);
        var body = new List<string>();
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (LineRules.StartsBoilerplate(line) && body.Exists(l => l.Length > 0))
            {
                break;
            }

            if (LineRules.IsProcedural(line)
                || ReferenceExtractor.IsReferenceLine(line)
                || LetterDateParser.IsDateOnly(line)
                || LineRules.IsLawHeading(line)
                || (LineRules.StartsRequest(line) && !LineRules.StartsResponse(line)))
            {
                continue;
            }

            body.Add(line);
        }

        var response = FindIndex(body, 1, LineRules.StartsResponse);
        return response < 0
            ? new LetterSections(Trim(body), null)
            : new LetterSections(Trim(body[..response]), Trim(body[(response + 1)..]));
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
