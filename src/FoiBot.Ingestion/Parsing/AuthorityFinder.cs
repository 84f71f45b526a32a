using FoiBot.Core.Authorities;

namespace FoiBot.Ingestion.Parsing;

/// <summary>
/// Decides which authority wrote a letter: its letterhead, its own e-mail and web domains, then how it names itself
/// in the text. Third parties named in the answer ("held by Police Scotland") weigh less than the writer's own marks.
/// </summary>
internal sealed partial class AuthorityFinder
{
    private readonly AuthorityCatalog _catalog;

    public AuthorityFinder(AuthorityCatalog catalog) => _catalog = catalog;

    public sealed record Finding(Authority Authority, string Evidence, bool Strong);

    public Finding? Find(IReadOnlyList<string> lines)
    {
        var scores = new Dictionary<Authority, (double Score, string Evidence, bool Strong)>();
        var nonEmpty = 0;
        var letterBegun = false; // a salutation, the request or the answers ends the letterhead
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            nonEmpty++;
            // Once begun, the letter stays begun: the line tests (regexes, a numbered-line parse) run only until then.
            letterBegun = letterBegun || LineRules.IsSalutation(line) || LineRules.StartsRequest(line) || LineRules.StartsResponse(line)
                || NumberedLine.TryParse(line) is { IsSubItem: false };

            // Letterhead is the short address-like lines at the top, above any salutation; not a heading or the
            // first sentences of a short letter. A title that names the request ("BBC NEWS FOI REQUEST / VOID HOMES")
            // names whoever asked, not the writer.
            var letterhead = !letterBegun && nonEmpty <= 12 && line.Length <= 60 && !line.EndsWith('.') && !RequestTitle().IsMatch(line);
            foreach (var mention in _catalog.FindMentions(line))
            {
                if (mention.Kind == AuthorityMentionKind.PlaceName && InsideOtherBody(line, mention))
                {
                    continue;
                }

                if (mention.Kind == AuthorityMentionKind.Domain)
                {
                    // The writer's own address or letterhead says who wrote; a link in an answer only points somewhere.
                    if (letterhead || IsEmailAddress(line, mention))
                    {
                        Add(scores, mention.Authority, 4.0, "e-mail or web domain", true);
                    }

                    continue;
                }

                // A bare place name ("Swansea Bay", "closed in Norfolk") is weak wherever it stands; a name or alias in
                // the letterhead is the strongest sign of who wrote.
                var strongName = mention.Kind is AuthorityMentionKind.Name or AuthorityMentionKind.Alias;
                var weight = strongName ? (letterhead ? 5.0 : 2.0) : letterhead && Postcode().IsMatch(line) ? 2.0 : 1.0;
                Add(scores, mention.Authority, weight, letterhead && strongName ? "letterhead" : "body text", letterhead && strongName);
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key.Name, StringComparer.Ordinal).First();

        // A single passing mention of a place ("closed in Norfolk") does not say who wrote the letter.
        return best.Value.Strong || best.Value.Score >= 2 ? new Finding(best.Key, best.Value.Evidence, best.Value.Strong) : null;
    }

    /// <summary>
    /// "Hampshire Hospitals NHS Foundation Trust", "University of Bedfordshire", "Norfolk and Suffolk
    /// Constabularies": the place word names another body, not the place's council.
    /// </summary>
    private static bool InsideOtherBody(string line, AuthorityMention mention) =>
        BodyAfter().IsMatch(line[(mention.Start + mention.Length)..]) || BodyBefore().IsMatch(line[..mention.Start]);

    private static bool IsEmailAddress(string line, AuthorityMention mention)
    {
        var start = mention.Start;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]) && line[start - 1] != '(' && line[start - 1] != '<')
        {
            start--;
        }

        return line.AsSpan(start, mention.Start + mention.Length - start).Contains('@');
    }

    private static void Add(Dictionary<Authority, (double Score, string Evidence, bool Strong)> scores, Authority authority, double weight, string evidence, bool strong)
    {
        scores.TryGetValue(authority, out var current);

        // The first strong sign (letterhead, own domain) is the one reported; weak signs only add weight.
        var shown = current.Strong || (current.Evidence is not null && !strong) ? current.Evidence! : evidence;
        scores[authority] = (current.Score + weight, shown, current.Strong || strong);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:'s)?\s+(?:(?:and|&)\s+[A-Z][\w'-]*\s+)?(?:[A-Z][\w&'-]*\s+){0,3}?(?:Hospitals?|University|NHS|Trust|Constabular(?:y|ies)|Police|Fire|College|Academy|Healthcare|Health|Partnership|Foundation|Ambulance|Housing Association|Clinical Commissioning|Integrated Care)\b")]
    private static partial System.Text.RegularExpressions.Regex BodyAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\brequests?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RequestTitle();

    // An address line with a postcode ("Bury BL9 0SW"): the place there is the writer's own address.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")]
    internal static partial System.Text.RegularExpressions.Regex Postcode();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:University|College|Universities)\s+of\s+(?:the\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex BodyBefore();
}
