namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// The request quoted at the head of the letter body (“Please could you provide ...” / ... “... since January 2010.”):
/// the closing quote mark ends the request, and what follows it is the response, heading or not.
/// </summary>
internal static class QuotedRequest
{
    /// <summary>The index of the line that closes a quote opened by the first line of text; -1 when the text opens no quote or nothing follows it.</summary>
    public static int End(IReadOnlyList<string> body)
    {
        var first = -1;
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Length > 0)
            {
                first = i;
                break;
            }
        }

        if (first < 0 || Closing(body[first][0]) is not { } close)
        {
            return -1;
        }

        for (var i = first; i < body.Count; i++)
        {
            var line = body[i];
            if (line.Length > 1 && line[^1] == close && (i > first || line.Length > 2))
            {
                return body.Skip(i + 1).Any(l => l.Length > 0) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>The request's lines without the quote marks around it.</summary>
    public static List<string> Unquoted(List<string> request)
    {
        var lines = new List<string>(request);
        var first = lines.FindIndex(l => l.Length > 0);
        lines[first] = lines[first][1..].TrimStart();
        lines[^1] = lines[^1][..^1].TrimEnd();
        return lines;
    }

    private static char? Closing(char open) => open switch
    {
        '“' => '”',
        '‘' => '’',
        '"' => '"',
        _ => null,
    };
}
