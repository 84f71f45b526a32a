using System.Text;
using System.Text.RegularExpressions;
using FoiBot.Core.Authorities;

namespace FoiBot.Answering;

/// <summary>Reads the authority, references and topic out of a question as people type it.</summary>
internal sealed partial class QuestionReader
{
    private readonly AuthorityCatalog _catalog;
    private readonly IReadOnlyCollection<string> _indexedAuthorities;

    public QuestionReader(AuthorityCatalog catalog, IReadOnlyCollection<string> indexedAuthorities)
    {
        _catalog = catalog;
        _indexedAuthorities = indexedAuthorities;
    }

    public ParsedQuestion Read(string question)
    {
        // "Hinckley & Bosworth", "Bath & North East Somerset": catalogs and letters write "and".
        var asked = question.Trim();
        var text = Ampersand().Replace(asked, " and ");
        var topic = new StringBuilder(text);
        var mentions = _catalog.FindMentions(text);
        if (mentions.Count == 0)
        {
            mentions = LowerCaseMentions(text);
        }
        mentions = mentions.Select(m => LongerName(m, text) ?? m).ToList();
        var authorities = mentions.Select(m => Service(m, text)?.Name ?? m.Authority.Name).Distinct(StringComparer.Ordinal).ToList();

        // Remove mentions from the end so earlier offsets stay valid.
        foreach (var mention in mentions.OrderByDescending(m => m.Start))
        {
            // "Moray's damp" loses the possessive with the name, or a stray "s" would become a topic word.
            var length = mention.Length + Possessive().Match(text, mention.Start + mention.Length).Length;
            topic.Remove(mention.Start, length).Insert(mention.Start, ' ');
        }

        if (authorities.Count == 0)
        {
            authorities.AddRange(_indexedAuthorities.Where(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)));
        }

        var unknown = authorities.Count == 0 ? _catalog.FindUnrecognisedNames(text).FirstOrDefault() : null;
        if (unknown is not null)
        {
            topic.Replace(unknown, " ");
        }

        var references = ReferenceLike().Matches(text).Select(m => m.Value.TrimEnd('.', ',', '?', ')')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var (time, rest) = TimeScopeReader.Read(topic.ToString());
        return new ParsedQuestion
        {
            Text = asked,
            Authorities = authorities,
            UnknownAuthority = unknown,
            References = references,
            Topic = rest,
            Time = time,
            Years = SupportNarrowing.YearsIn(rest),
            AsksAboutRefusal = SupportNarrowing.AsksAboutRefusal(text),
        };
    }

    /// <summary>
    /// Names typed in lower case ("how many wokingham council houses"): the catalog reads names as written in
    /// letters, capitalised, so the question is read again with each word capitalised. Only authorities with letters
    /// are accepted that way, since lower-case words such as "reading" or "bath" are usually not names at all.
    /// </summary>
    private IReadOnlyList<AuthorityMention> LowerCaseMentions(string text)
    {
        var capitalised = LowerWord().Replace(text, m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);
        return _catalog.FindMentions(capitalised)
            .Where(m => _indexedAuthorities.Contains(Service(m, capitalised)?.Name ?? m.Authority.Name))
            .ToList();
    }

    /// <summary>Scopes a read question to an authority chosen outside its text; a name the catalog does not know is reported as unknown.</summary>
    public ParsedQuestion WithAuthority(ParsedQuestion parsed, string authority)
    {
        var name = authority.Trim();
        var known = _indexedAuthorities.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            ?? _catalog.Resolve(name)?.Name;
        return known is null
            ? parsed with { Authorities = [], UnknownAuthority = name }
            : parsed with { Authorities = [known], UnknownAuthority = null };
    }

    /// <summary>
    /// "Essex fire service", "Durham police": a bare place name belongs to its council, but followed by a service
    /// word it means that place's fire, police or health body, when the catalog has one.
    /// </summary>
    private Authority? Service(AuthorityMention mention, string text)
    {
        if (mention.Kind != AuthorityMentionKind.PlaceName)
        {
            return null;
        }

        var after = text[(mention.Start + mention.Length)..];
        var word = ServiceWord().Match(after);
        if (!word.Success)
        {
            return null;
        }

        // The kind of body the word names decides among bodies sharing the place's name: "Chester hospital" is no
        // Chesterfield trust, and "Sussex university" is the University of Sussex.
        var place = text.Substring(mention.Start, mention.Length);
        var bodyWord = word.Groups["w"].Value;
        var kind = bodyWord.Equals("force", StringComparison.OrdinalIgnoreCase) ? AuthorityKinds.Police : BodyWords.KindOf(bodyWord);
        return kind is null ? null : _catalog.FindOfKind(place, kind, bodyWord);
    }

    /// <summary>
    /// "Gloucestershire Health and Care": a place name followed by more words of one body's name is that body, not the
    /// place's council, and all those words leave the topic; where the words fit several bodies equally, none is chosen.
    /// A body's name read short is extended likewise: "Nottingham University Hospitals" is the hospitals' trust, not the
    /// University of Nottingham that "Nottingham University" alone would name.
    /// </summary>
    private AuthorityMention? LongerName(AuthorityMention mention, string text)
    {
        var place = text.Substring(mention.Start, mention.Length);
        var following = FollowingWords().Match(text, mention.Start + mention.Length);
        var words = following.Groups["w"].Captures.Select(c => c.Value).ToList();
        var prefix = place + " ";
        var fits = _catalog.All
            .Where(a => a.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(a => (Authority: a, Words: a.Name[(place.Length + 1)..].Split(' ').Zip(words).TakeWhile(p => p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase)).Count()))
            .Where(f => f.Words > 0)
            .ToList();
        if (fits.Count == 0 || fits.Count(f => f.Words == fits.Max(g => g.Words)) > 1)
        {
            return null;
        }

        var best = fits.MaxBy(f => f.Words);
        var end = following.Groups["w"].Captures[best.Words - 1];
        return new AuthorityMention(best.Authority, mention.Start, end.Index + end.Length - mention.Start, AuthorityMentionKind.Name);
    }

    [GeneratedRegex(@"\G(?:\s+(?<w>[\p{L}&'’-]+)){1,6}")]
    private static partial Regex FollowingWords();

    [GeneratedRegex(@"\G['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b\p{Ll}[\p{L}'’-]*")]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"^(?:'s)?\s+(?:county\s+)?(?<w>fire|police|constabulary|force|nhs|health|hospitals?|trust|ambulance|university|icb|ccg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceWord();

    // Reference numbers: long digit runs, or letters and digits joined by hyphens or slashes ("FOI-1091-1718", "FOI/057138/19", "FOI352248676").
    [GeneratedRegex(@"\b(?:[A-Za-z]{1,6}[-/]?\d{3,}(?:[-/]\d+)*|\d{5,})\b")]
    private static partial Regex ReferenceLike();

    [GeneratedRegex(@"\s+&\s+")]
    private static partial Regex Ampersand();
}
